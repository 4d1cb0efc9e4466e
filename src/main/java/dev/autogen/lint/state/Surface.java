package dev.autogen.lint.state;

import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import java.util.Map;
import java.util.Set;

/**
 * What application code sees of a schema at one point of a rollout: the tables, the views (by name,
 * with their column types; a view standing in for a renamed table is read and written like one),
 * and the columns a trigger fills when an insert leaves them empty (the sync triggers of an expand
 * step), as {@code table.column}.
 */
public record Surface(
    Schema schema, Map<String, Map<String, SqlType>> views, Set<String> triggerFilled) {
  public Surface {
    views = Map.copyOf(views);
    triggerFilled = Set.copyOf(triggerFilled);
  }
}
