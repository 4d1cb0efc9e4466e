package dev.autogen.renames;

import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.diff.ForeignKeyAdded;
import dev.autogen.diff.ForeignKeyDropped;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Drop + add pairs that the entity sources show to be almost certainly a rename: the dropped and
 * the added column have the same type, and the added column's entity field kept the Java name that
 * maps to the dropped column (only its {@code @Column(name)} changed); or both are the single
 * column of a foreign key to the same referenced columns (a renamed {@code @ManyToOne} field or
 * join column).
 */
final class EntityEvidence {

  private EntityEvidence() {}

  /**
   * The entity reader's field-name hints that the changes confirm: a drop and an add of one type.
   */
  static List<RenameHint> fieldNames(DropsAndAdds changes, List<RenameHint> fieldNameEvidence) {
    return fieldNameEvidence.stream()
        .filter(
            h -> {
              Optional<Column> dropped = dropped(changes, h);
              Optional<Column> added = added(changes, h);
              return dropped.isPresent()
                  && added.isPresent()
                  && dropped.get().type().equals(added.get().type());
            })
        .toList();
  }

  /**
   * A dropped and an added column of one table with the same type, each the only column of a
   * foreign key dropped or added with it, both keys referencing the same columns.
   */
  static List<RenameHint> joinColumns(DropsAndAdds changes) {
    List<RenameHint> hints = new ArrayList<>();
    for (ColumnDropped d : changes.droppedColumns()) {
      Optional<ForeignKey> before =
          singleColumnKey(
              changes.droppedKeys().stream()
                  .filter(k -> k.table().equals(d.table()))
                  .map(ForeignKeyDropped::foreignKey),
              d.column().name());
      if (before.isEmpty()) {
        continue;
      }
      List<Column> candidates =
          changes.addedColumns().stream()
              .filter(a -> a.table().equals(d.table()))
              .filter(a -> a.column().type().equals(d.column().type()))
              .filter(
                  a ->
                      singleColumnKey(
                              changes.addedKeys().stream()
                                  .filter(k -> k.table().equals(a.table()))
                                  .map(ForeignKeyAdded::foreignKey),
                              a.column().name())
                          .filter(after -> sameTarget(before.get(), after))
                          .isPresent())
              .map(ColumnAdded::column)
              .toList();
      if (candidates.size() == 1) {
        hints.add(RenameHint.column(d.table(), d.column().name(), candidates.get(0).name()));
      }
    }
    return hints;
  }

  private static Optional<ForeignKey> singleColumnKey(Stream<ForeignKey> keys, Identifier column) {
    return keys.filter(fk -> fk.columns().equals(List.of(column))).findFirst();
  }

  private static boolean sameTarget(ForeignKey a, ForeignKey b) {
    return a.referencedTable().equals(b.referencedTable())
        && a.referencedColumns().equals(b.referencedColumns());
  }

  private static Optional<Column> dropped(DropsAndAdds changes, RenameHint h) {
    return changes.droppedColumns().stream()
        .filter(d -> h.table().equals(Optional.of(d.table())))
        .map(ColumnDropped::column)
        .filter(c -> c.name().equals(h.from()))
        .findFirst();
  }

  private static Optional<Column> added(DropsAndAdds changes, RenameHint h) {
    return changes.addedColumns().stream()
        .filter(a -> h.table().equals(Optional.of(a.table())))
        .map(ColumnAdded::column)
        .filter(c -> c.name().equals(h.to()))
        .findFirst();
  }
}
