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

  /**
   * A column definition, as {@code column_definition} renders it; {@code characterSet}, {@code
   * collation} and {@code comment} (a string literal) are what the current column has beyond the
   * model, for the dialects whose statements restate the whole column.
   */
  record ColumnDef(
      String name,
      String type,
      boolean identityByDefault,
      boolean identityAlways,
      Optional<String> defaultExpression,
      boolean notNull,
      Optional<String> characterSet,
      Optional<String> collation,
      Optional<String> comment) {}

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

  /** {@code fromName} is the plain old name as a string literal, for catalog lookups. */
  record Rename(String from, String to, String fromName) {}

  record RenameColumn(String table, String from, String to, String online, boolean guarded) {}

  record RenameIndex(String table, String from, String to, String online) {}

  record View(String view, String table) {}

  record ViewRef(String view) {}

  /** {@code online} is the dialect's {@code ALGORITHM=}/{@code LOCK=} clause, if any. */
  record AddColumn(String table, ColumnDef column, String online, boolean guarded) {}

  /**
   * A change to one column; {@code definition} is the whole column afterwards, for dialects that
   * restate it ({@code MODIFY COLUMN}).
   */
  record ColumnChange(
      String table,
      String column,
      Optional<ColumnDef> definition,
      String online,
      boolean guarded) {}

  record ColumnRef(String table, String column) {}

  /** {@code definition} is the whole column with its new type. */
  record AlterType(
      String table,
      String column,
      String type,
      String using,
      ColumnDef definition,
      String online) {}

  record SetDefault(String table, String column, String expression, String online) {}

  /** {@code sequenceName} is the quoted name as a string literal. */
  record SequenceDefault(String table, String column, String sequence, String sequenceName) {}

  /** {@code definition} is the whole column with its identity, for {@code MODIFY COLUMN}. */
  record Identity(
      String table,
      String column,
      boolean byDefault,
      boolean always,
      Optional<ColumnDef> definition,
      String online) {}

  /** {@code definition} is the full statement of an index autogen cannot model. */
  record Index(
      String table,
      String name,
      String columns,
      boolean unique,
      boolean concurrently,
      Optional<String> definition,
      String online,
      boolean guarded) {}

  /** {@code name} and {@code columns} of a unique or primary key; {@code columns} joined. */
  record Constraint(String name, String columns) {}

  record PrimaryKey(Optional<String> name, String columns) {}

  record AddUnique(
      String table,
      String name,
      String columns,
      Optional<String> usingIndex,
      String online,
      boolean guarded) {}

  record AddPrimaryKey(
      String table,
      Optional<String> name,
      String columns,
      Optional<String> usingIndex,
      Optional<String> replacing,
      String online) {}

  record CheckDef(String name, String expression) {}

  record AddCheck(
      String table,
      String name,
      String expression,
      boolean notValid,
      String online,
      boolean guarded) {}

  /**
   * {@code onDelete}/{@code onUpdate} are absent for NO ACTION, the default; {@code unchecked}: add
   * it with {@code foreign_key_checks=0}, which the online build needs (a pre-flight check has
   * looked for orphans).
   */
  record AddForeignKey(
      String table,
      String name,
      String columns,
      String referencedTable,
      String referencedColumns,
      Optional<String> onDelete,
      Optional<String> onUpdate,
      boolean notValid,
      String online,
      boolean unchecked,
      boolean guarded) {}

  /** {@code foreignKey}: MySQL drops one with {@code DROP FOREIGN KEY} (see DropConstraint). */
  record ConstraintRef(
      String table, String constraint, String online, boolean guarded, boolean foreignKey) {}

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

  /**
   * {@code value} is a CASE from each text to convert to its new text; {@code pending} the list of
   * those texts, the rows still to convert.
   */
  record ConvertValues(String table, String column, String value, String pending) {}

  /**
   * {@code toNew}/{@code toOld} are written over {@code NEW.}; {@code insertTrigger} and {@code
   * updateTrigger} name the pair of triggers of dialects without a shared trigger function.
   */
  record SyncTrigger(
      String table,
      String trigger,
      String function,
      String insertTrigger,
      String updateTrigger,
      String oldColumn,
      String newColumn,
      String toNew,
      String toOld,
      boolean fillsUnset) {}

  record SyncTriggerRef(
      String table, String trigger, String function, String insertTrigger, String updateTrigger) {}

  /**
   * A change handed to pt-online-schema-change: {@code alter} is what follows {@code ALTER TABLE
   * t}, {@code alterShell} and {@code dsnShell} the tool's arguments quoted for a POSIX shell
   * ({@link ShellWords}), {@code statement} the ALTER it replaces.
   */
  record OnlineSchemaChange(
      String table,
      String rows,
      String alter,
      String alterShell,
      String dsnShell,
      String statement) {}
}
