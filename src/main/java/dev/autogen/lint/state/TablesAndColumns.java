package dev.autogen.lint.state;

import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables and columns the statements seen so far made: which are new in the change being linted
 * (created by a linted file, so no running code uses them yet), the declared type of each column,
 * and the renames, in order, for the schema check's diff.
 */
public final class TablesAndColumns {
  private final Keys keys;
  private final Set<Identifier> newTables = new HashSet<>();
  private final Set<ColumnKey> newColumns = new HashSet<>();
  private final Map<ColumnKey, String> types = new HashMap<>();
  private final List<RenameHint> renames = new ArrayList<>();

  TablesAndColumns(Keys keys) {
    this.keys = keys;
  }

  /** True unless the table was created by a file of the change being linted. */
  public boolean existing(Optional<String> table) {
    return table.isPresent() && !newTables.contains(keys.table(table.get()));
  }

  /** Whether a file of the change being linted added the column. */
  public boolean newColumn(String table, String column) {
    return newColumns.contains(keys.column(table, column));
  }

  /** The column's type as the last statement declaring it wrote it. */
  public Optional<String> type(String table, String column) {
    return Optional.ofNullable(types.get(keys.column(table, column)));
  }

  /** The renames the statements made, in order (names as written). */
  public List<RenameHint> renames() {
    return List.copyOf(renames);
  }

  void tableCreated(String table, boolean linted) {
    if (linted) {
      newTables.add(keys.table(table));
    }
  }

  void columnAdded(String table, String column, Optional<String> type, boolean linted) {
    typed(table, column, type);
    if (linted) {
      newColumns.add(keys.column(table, column));
    }
  }

  void typed(String table, String column, Optional<String> type) {
    type.ifPresent(t -> types.put(keys.column(table, column), t));
  }

  void columnRenamed(String table, String from, String to) {
    renames.add(RenameHint.column(Identifier.of(table), Identifier.of(from), Identifier.of(to)));
    Optional.ofNullable(types.remove(keys.column(table, from)))
        .ifPresent(t -> types.put(keys.column(table, to), t));
  }

  void tableRenamed(String from, String to) {
    renames.add(RenameHint.table(Identifier.of(from), Identifier.of(to)));
    if (newTables.contains(keys.table(from))) {
      newTables.add(keys.table(to));
    }
  }
}
