package dev.autogen.introspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What application code sees of a schema besides its tables, for checks that run the old and the
 * new code against it: the views with their column types (as the catalog spells them), and the
 * bodies of the enabled triggers (PL/pgSQL function sources; MySQL trigger statements).
 *
 * @param views view name to column name to type text, in catalog order
 * @param triggers every enabled trigger's table and body
 */
public record ViewsAndTriggers(Map<String, Map<String, String>> views, List<Trigger> triggers) {
  public ViewsAndTriggers {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    views.forEach((view, columns) -> copy.put(view, new LinkedHashMap<>(columns)));
    views = java.util.Collections.unmodifiableMap(copy);
    triggers = List.copyOf(triggers);
  }

  /** One trigger: the table it fires on and the code it runs. */
  public record Trigger(String table, String body) {}

  /** Reads views and triggers of one schema; one implementation per catalog family. */
  public interface Reader {
    ViewsAndTriggers read(java.sql.Connection connection, String schema)
        throws java.sql.SQLException;
  }
}
