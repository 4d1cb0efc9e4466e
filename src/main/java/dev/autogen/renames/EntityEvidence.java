package dev.autogen.renames;

import dev.autogen.diff.Change;
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
import java.util.function.Function;
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
              Optional<Column> dropped =
                  column(changes.columns().dropped(), ColumnDropped::column, h, h.from());
              Optional<Column> added =
                  column(changes.columns().added(), ColumnAdded::column, h, h.to());
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
    for (ColumnDropped d : changes.columns().dropped()) {
      Optional<ForeignKey> before =
          singleColumnKey(
              changes.keys().dropped().stream()
                  .filter(k -> k.table().equals(d.table()))
                  .map(ForeignKeyDropped::foreignKey),
              d.column().name());
      if (before.isEmpty()) {
        continue;
      }
      List<Column> candidates =
          changes.columns().added().stream()
              .filter(a -> a.table().equals(d.table()))
              .filter(a -> a.column().type().equals(d.column().type()))
              .filter(
                  a ->
                      singleColumnKey(
                              changes.keys().added().stream()
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

  /** The column named {@code name} that {@code changes} drop or add in the hint's table. */
  private static <C extends Change> Optional<Column> column(
      List<C> changes, Function<C, Column> column, RenameHint h, Identifier name) {
    return changes.stream()
        .filter(c -> h.table().equals(Optional.of(c.tableName())))
        .map(column)
        .filter(c -> c.name().equals(name))
        .findFirst();
  }
}
