package dev.autogen.diff;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keys that match constraints and indexes by what they do, not by name: names are often chosen by
 * the server or by Hibernate's hash, and a name-only difference is not worth a migration.
 */
final class StructureKey {

  private StructureKey() {}

  static String columns(List<Identifier> columns) {
    return columns.stream().map(Identifier::value).collect(Collectors.joining("\u0000"));
  }

  static String index(Index index) {
    return (index.unique() ? "u:" : "i:") + columns(index.columns());
  }

  static String foreignKey(ForeignKey fk) {
    return columns(fk.columns())
        + "->"
        + fk.referencedTable().value()
        + "("
        + columns(fk.referencedColumns())
        + ")"
        + fk.onDelete()
        + "/"
        + fk.onUpdate();
  }
}
