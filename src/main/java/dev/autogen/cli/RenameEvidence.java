package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.model.Column;
import dev.autogen.model.RenameHint;
import java.util.List;
import java.util.Optional;

/**
 * Drop + add pairs that are almost certainly a rename: the dropped and the added column have the
 * same type, and the added column's entity field kept the Java name that maps to the dropped column
 * (only its {@code @Column(name)} changed). {@code autogen -m} stops on them and asks.
 */
final class RenameEvidence {

  private RenameEvidence() {}

  /** The entity evidence confirmed by the change set: a drop and an add of the same type. */
  static List<RenameHint> strong(ChangeSet changes, List<RenameHint> fieldNameEvidence) {
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

  /** What {@code autogen -m} prints before stopping with exit code 2. */
  static String message(RenameHint h) {
    String table = h.table().map(Object::toString).orElse("");
    return "error: "
        + table
        + "."
        + h.from()
        + " is dropped and "
        + table
        + "."
        + h.to()
        + " added with the same type, and the entity field still has the Java name that maps to "
        + h.from()
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
