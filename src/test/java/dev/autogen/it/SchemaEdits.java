package dev.autogen.it;

import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of an introspected schema that stand for what the new entity version maps: the workload
 * tests plan from the live schema to such an edited copy, as autogen plans from the database to the
 * entities.
 */
final class SchemaEdits {

  private SchemaEdits() {}

  /** {@code current} with table {@code table} replaced by {@code change} of it. */
  static Schema table(Schema current, String table, UnaryOperator<Table> change) {
    List<Table> tables = new ArrayList<>();
    for (Table t : current.tables()) {
      tables.add(t.name().value().equals(table) ? change.apply(t) : t);
    }
    return new Schema(tables, current.sequences());
  }

  /** {@code current} with column {@code column} of {@code table} replaced by {@code change}. */
  static Schema column(Schema current, String table, String column, UnaryOperator<Column> change) {
    return table(
        current,
        table,
        t -> {
          List<Column> columns = new ArrayList<>();
          for (Column col : t.columns()) {
            columns.add(col.name().value().equals(column) ? change.apply(col) : col);
          }
          return columns(t, columns);
        });
  }

  static Schema withoutTable(Schema current, String table) {
    List<Table> tables = new ArrayList<>(current.tables());
    tables.removeIf(t -> t.name().value().equals(table));
    return new Schema(tables, current.sequences());
  }

  static Table columns(Table t, List<Column> columns) {
    return new Table(
        t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks());
  }

  static Table addColumn(Table t, Column column) {
    List<Column> columns = new ArrayList<>(t.columns());
    columns.add(column);
    return columns(t, columns);
  }

  static Table withoutColumn(Table t, String column) {
    List<Column> columns = new ArrayList<>(t.columns());
    columns.removeIf(col -> col.name().value().equals(column));
    return columns(t, columns);
  }

  static Table withoutForeignKeys(Table t) {
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), List.of(), t.checks());
  }

  static Table addIndex(Table t, Index index) {
    List<Index> indexes = new ArrayList<>(t.indexes());
    indexes.add(index);
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), indexes, t.foreignKeys(), t.checks());
  }

  static Table addCheck(Table t, String name, String expression) {
    List<Check> checks = new ArrayList<>(t.checks());
    checks.add(new Check(Identifier.of(name), expression));
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), checks);
  }

  static Table addForeignKey(Table t, ForeignKey fk) {
    List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
    fks.add(fk);
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), fks, t.checks());
  }
}
