package dev.autogen.render;

import java.util.List;
import java.util.Optional;

/**
 * The values statement templates see, one record per shape of statement. Every name is already
 * quoted by the dialect, every type already spelled by it, every expression final SQL: templates
 * only place them.
 */
final class StatementViews {

  private StatementViews() {}

  /** A column definition, as {@code column_definition} renders it. */
  record ColumnDef(
      String name,
      String type,
      boolean identityByDefault,
      boolean identityAlways,
      Optional<String> defaultExpression,
      boolean notNull) {}

  /**
   * One line of {@code CREATE TABLE}; exactly one of the four parts is present. {@code separator}
   * is {@code ","} on every line but the last.
   */
  record TableElement(
      Optional<ColumnDef> column,
      Optional<PrimaryKey> primaryKey,
      Optional<Constraint> unique,
      Optional<CheckDef> check,
      String separator) {
    static TableElement of(ColumnDef c) {
      return new TableElement(
          Optional.of(c), Optional.empty(), Optional.empty(), Optional.empty(), ",");
    }

    static TableElement of(PrimaryKey pk) {
      return new TableElement(
          Optional.empty(), Optional.of(pk), Optional.empty(), Optional.empty(), ",");
    }

    static TableElement of(Constraint u) {
      return new TableElement(
          Optional.empty(), Optional.empty(), Optional.of(u), Optional.empty(), ",");
    }

    static TableElement of(CheckDef c) {
      return new TableElement(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(c), ",");
    }

    /** The same line without its trailing comma. */
    TableElement last() {
      return new TableElement(column, primaryKey, unique, check, "");
    }
  }

  record CreateTable(String table, List<TableElement> elements) {}

  record TableRef(String table) {}

  record Rename(String from, String to) {}

  record RenameColumn(String table, String from, String to) {}

  record RenameIndex(String table, String from, String to) {}

  record View(String view, String table) {}

  record ViewRef(String view) {}

  record AddColumn(String table, ColumnDef column) {}

  record ColumnRef(String table, String column) {}

  record AlterType(String table, String column, String type, String using) {}

  record SetDefault(String table, String column, String expression) {}

  /** {@code sequenceName} is the quoted name as a string literal. */
  record SequenceDefault(String table, String column, String sequence, String sequenceName) {}

  record Identity(String table, String column, boolean byDefault, boolean always) {}

  /** {@code definition} is the full statement of an index autogen cannot model. */
  record Index(
      String table,
      String name,
      String columns,
      boolean unique,
      boolean concurrently,
      Optional<String> definition) {}

  /** {@code name} and {@code columns} of a unique or primary key; {@code columns} joined. */
  record Constraint(String name, String columns) {}

  record PrimaryKey(Optional<String> name, String columns) {}

  record AddUnique(String table, String name, String columns, Optional<String> usingIndex) {}

  record AddPrimaryKey(
      String table, Optional<String> name, String columns, Optional<String> usingIndex) {}

  record CheckDef(String name, String expression) {}

  record AddCheck(String table, String name, String expression, boolean notValid) {}

  /** {@code onDelete}/{@code onUpdate} are absent for NO ACTION, the default. */
  record AddForeignKey(
      String table,
      String name,
      String columns,
      String referencedTable,
      String referencedColumns,
      Optional<String> onDelete,
      Optional<String> onUpdate,
      boolean notValid) {}

  record ConstraintRef(String table, String constraint) {}

  record Sequence(String name, long start, long increment) {}

  /**
   * {@code nameLiteral} is the quoted name as a string literal; {@code restartPast} the id column
   * whose maximum the new sequence must pass.
   */
  record CreateSequence(
      String name,
      String nameLiteral,
      long start,
      long increment,
      Optional<ColumnRef> restartPast) {}

  /** {@code source} is the column the value is read from, when it is one. */
  record Backfill(String table, String column, String value, Optional<String> source) {}

  /** {@code toNew}/{@code toOld} are written over {@code NEW.}. */
  record SyncTrigger(
      String table,
      String trigger,
      String function,
      String oldColumn,
      String newColumn,
      String toNew,
      String toOld,
      boolean fillsUnset) {}

  record SyncTriggerRef(String table, String trigger, String function) {}
}
