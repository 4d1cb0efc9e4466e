package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeSet;
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

/**
 * Drop + add pairs that are almost certainly a rename: the dropped and the added column have the
 * same type, and the added column's entity field kept the Java name that maps to the dropped column
 * (only its {@code @Column(name)} changed); or both are the single column of a foreign key to the
 * same referenced columns (a renamed {@code @ManyToOne} field or join column). {@code autogen -m}
 * stops on them and asks.
 */
final class RenameEvidence {

  private RenameEvidence() {}

  /** The entity evidence confirmed by the change set: a drop and an add of the same type. */
  static List<RenameHint> strong(ChangeSet changes, List<RenameHint> fieldNameEvidence) {
    List<RenameHint> strong = new ArrayList<>(fieldNameEvidence(changes, fieldNameEvidence));
    joinColumns(changes).stream().filter(h -> !strong.contains(h)).forEach(strong::add);
    return strong;
  }

  private static List<RenameHint> fieldNameEvidence(
      ChangeSet changes, List<RenameHint> fieldNameEvidence) {
    return fieldNameEvidence.stream()
        .filter(
            h -> {
              Optional<Column> dropped =
                  changes.changes().stream().flatMap(c -> dropped(c, h).stream()).findFirst();
              Optional<Column> added =
                  changes.changes().stream().flatMap(c -> added(c, h).stream()).findFirst();
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
  private static List<RenameHint> joinColumns(ChangeSet changes) {
    List<RenameHint> hints = new ArrayList<>();
    for (Change c : changes.changes()) {
      if (!(c instanceof ColumnDropped d)) {
        continue;
      }
      Optional<ForeignKey> before = singleColumnKey(changes, d.table(), d.column().name(), false);
      if (before.isEmpty()) {
        continue;
      }
      List<Column> candidates = new ArrayList<>();
      for (Change o : changes.changes()) {
        if (o instanceof ColumnAdded a
            && a.table().equals(d.table())
            && a.column().type().equals(d.column().type())
            && singleColumnKey(changes, a.table(), a.column().name(), true)
                .filter(after -> sameTarget(before.get(), after))
                .isPresent()) {
          candidates.add(a.column());
        }
      }
      if (candidates.size() == 1) {
        hints.add(RenameHint.column(d.table(), d.column().name(), candidates.get(0).name()));
      }
    }
    return hints;
  }

  private static Optional<ForeignKey> singleColumnKey(
      ChangeSet changes, Identifier table, Identifier column, boolean added) {
    return changes.changes().stream()
        .flatMap(
            c -> {
              if (added && c instanceof ForeignKeyAdded a && a.table().equals(table)) {
                return Optional.of(a.foreignKey()).stream();
              }
              if (!added && c instanceof ForeignKeyDropped d && d.table().equals(table)) {
                return Optional.of(d.foreignKey()).stream();
              }
              return Optional.<ForeignKey>empty().stream();
            })
        .filter(fk -> fk.columns().equals(List.of(column)))
        .findFirst();
  }

  private static boolean sameTarget(ForeignKey a, ForeignKey b) {
    return a.referencedTable().equals(b.referencedTable())
        && a.referencedColumns().equals(b.referencedColumns());
  }

  /** What {@code autogen -m} prints before stopping with exit code 2. */
  static String message(RenameHint h, ChangeSet changes) {
    String table = h.table().map(Object::toString).orElse("");
    String because =
        joinColumns(changes).contains(h)
            ? " added with the same type, and both are the join column of a foreign key to the same"
                + " table"
            : " added with the same type, and the entity field still has the Java name that maps to "
                + h.from();
    return message(h, because);
  }

  /** The message for a rename the git history shows. */
  static String message(HistoryRenames.Rename r, String ref) {
    String entity = r.entity().substring(r.entity().lastIndexOf('.') + 1);
    return message(
        r.hint(),
        " added with the same type, and git history shows the entity field renamed: at "
            + ref
            + " "
            + entity
            + "."
            + r.fromField()
            + " mapped to "
            + r.hint().from()
            + ", and "
            + entity
            + "."
            + r.toField()
            + ", new since, maps to "
            + r.hint().to());
  }

  private static String message(RenameHint h, String because) {
    String table = h.table().map(Object::toString).orElse("");
    return "error: "
        + table
        + "."
        + h.from()
        + " is dropped and "
        + table
        + "."
        + h.to()
        + because
        + ": this is most likely a rename, which drop + add would turn into data loss. Confirm it"
        + " with --rename "
        + table
        + "."
        + h.from()
        + "="
        + h.to()
        + " or @RenamedFrom(\""
        + h.from()
        + "\"), or rerun with --no-rename-check to drop and add.";
  }

  private static Optional<Column> dropped(Change c, RenameHint h) {
    return c instanceof ColumnDropped d
            && h.table().equals(Optional.of(d.table()))
            && d.column().name().equals(h.from())
        ? Optional.of(d.column())
        : Optional.empty();
  }

  private static Optional<Column> added(Change c, RenameHint h) {
    return c instanceof ColumnAdded a
            && h.table().equals(Optional.of(a.table()))
            && a.column().name().equals(h.to())
        ? Optional.of(a.column())
        : Optional.empty();
  }
}
