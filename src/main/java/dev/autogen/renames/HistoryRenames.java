package dev.autogen.renames;

import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.FieldColumn;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renames the git history shows, as Django's makemigrations asks about them: a column dropped and
 * one added in the same table with the same type, where at the base revision an entity field mapped
 * to the dropped column and is gone now, and a field of the same entity, new since the base, maps
 * to the added one; the pair is the only one of its table. The database alone cannot tell this from
 * a drop and an unrelated add.
 */
final class HistoryRenames {

  /** A likely rename, with the fields that show it. */
  record Rename(RenameHint hint, String entity, String fromField, String toField) {}

  private HistoryRenames() {}

  static List<Rename> of(DropsAndAdds changes, EntityModel base, EntityModel head) {
    List<Rename> found = new ArrayList<>();
    for (ColumnDropped dropped : changes.columns().dropped()) {
      Optional<FieldColumn> before = field(base, dropped.table(), dropped.column());
      if (before.isEmpty() || hasField(head, before.get().entity(), before.get().field())) {
        continue;
      }
      List<Rename> candidates = new ArrayList<>();
      for (ColumnAdded added : changes.columns().added()) {
        if (!added.table().equals(dropped.table())
            || !added.column().type().equals(dropped.column().type())) {
          continue;
        }
        field(head, added.table(), added.column())
            .filter(after -> after.entity().equals(before.get().entity()))
            .filter(after -> !hasField(base, after.entity(), after.field()))
            .ifPresent(
                after ->
                    candidates.add(
                        new Rename(
                            RenameHint.column(
                                dropped.table(), dropped.column().name(), added.column().name()),
                            after.entity(),
                            before.get().field(),
                            after.field())));
      }
      if (candidates.size() == 1) {
        found.add(candidates.get(0));
      }
    }
    // an added column claimed by two dropped ones is no evidence for either
    Map<List<Identifier>, Long> claims =
        found.stream().collect(Collectors.groupingBy(HistoryRenames::added, Collectors.counting()));
    return found.stream().filter(r -> claims.get(added(r)) == 1).toList();
  }

  /** The table and the added column of a rename. */
  private static List<Identifier> added(Rename r) {
    return List.of(r.hint().table().orElseThrow(), r.hint().to());
  }

  private static Optional<FieldColumn> field(EntityModel model, Identifier table, Column column) {
    return model.fields().stream()
        .filter(f -> f.table().equals(table) && f.column().equals(Optional.of(column.name())))
        .findFirst();
  }

  private static boolean hasField(EntityModel model, String entity, String field) {
    return model.fields().stream()
        .anyMatch(f -> f.entity().equals(entity) && f.field().equals(field));
  }
}
