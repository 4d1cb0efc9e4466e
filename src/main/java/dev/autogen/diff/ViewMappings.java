package dev.autogen.diff;

import dev.autogen.model.Identifier;
import dev.autogen.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities over views ({@code @Immutable} entities, {@code @View}) map a name the database holds as
 * a view, not a table: the differ, which sees tables only, would add the table, and a plan would
 * run {@code CREATE TABLE} where the view stands. Such additions, and foreign keys to a view, are
 * taken out here; {@link NotCompared} reports the view instead, with the columns the entity maps
 * that the view lacks.
 */
public final class ViewMappings {

  private ViewMappings() {}

  /** The changes without any that would create a table, or a foreign key to one, over a view. */
  public static ChangeSet withoutViews(ChangeSet changes, List<View> views) {
    if (views.isEmpty()) {
      return changes;
    }
    Set<Identifier> names = views.stream().map(View::name).collect(Collectors.toSet());
    ChangesByKind byKind = ChangesByKind.of(changes.changes());
    // only these two kinds need a name to be a table; ChangesByKind sorts every kind, so a new
    // one has its list there before it can be asked about here
    Set<Change> overViews = new HashSet<>();
    byKind.tablesAdded().stream()
        .filter(c -> names.contains(c.table().name()))
        .forEach(overViews::add);
    byKind.foreignKeysAdded().stream()
        .filter(c -> names.contains(c.foreignKey().referencedTable()))
        .forEach(overViews::add);
    if (overViews.isEmpty()) {
      return changes;
    }
    List<Change> kept = changes.changes().stream().filter(c -> !overViews.contains(c)).toList();
    return new ChangeSet(kept, changes.suggestions());
  }
}
