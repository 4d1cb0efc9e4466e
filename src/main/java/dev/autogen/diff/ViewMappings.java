package dev.autogen.diff;

import dev.autogen.model.Identifier;
import dev.autogen.model.View;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities over views ({@code @Immutable} entities, {@code @Subselect}, {@code @View}) map a name
 * the database holds as a view, not a table: the differ, which sees tables only, would add the
 * table, and a plan would run {@code CREATE TABLE} where the view stands. Such additions, and
 * foreign keys to a view, are taken out here; {@link NotCompared} reports the view instead, with
 * the columns the entity maps that the view lacks.
 */
public final class ViewMappings {

  private ViewMappings() {}

  /** The changes without any that would create a table, or a foreign key to one, over a view. */
  public static ChangeSet withoutViews(ChangeSet changes, List<View> views) {
    if (views.isEmpty()) {
      return changes;
    }
    Set<Identifier> names = views.stream().map(View::name).collect(Collectors.toSet());
    List<Change> kept =
        changes.changes().stream()
            .filter(c -> neededTable(c).filter(names::contains).isEmpty())
            .toList();
    return kept.size() == changes.changes().size()
        ? changes
        : new ChangeSet(kept, changes.suggestions());
  }

  /**
   * The name a change needs to be a table: the table it creates, or the one its foreign key
   * references; empty for every other kind, none of which creates a table or a reference to one.
   */
  private static Optional<Identifier> neededTable(Change change) {
    if (change instanceof TableAdded added) {
      return Optional.of(added.table().name());
    }
    if (change instanceof ForeignKeyAdded added) {
      return Optional.of(added.foreignKey().referencedTable());
    }
    return Optional.empty();
  }
}
