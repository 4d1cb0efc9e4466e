package dev.autogen.diff;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import java.util.List;

/**
 * Keys that match constraints and indexes by what they do, not by name: names are often chosen by
 * the server or by Hibernate's hash, and a name-only difference is not worth a migration.
 */
final class StructureKey {

  private StructureKey() {}

  static String columns(List<Identifier> columns) {
    // a loop, not a stream: called for every constraint and index of every table (issue 18)
    if (columns.size() == 1) {
      return columns.get(0).value();
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        key.append('\u0000');
      }
      key.append(columns.get(i).value());
    }
    return key.toString();
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
