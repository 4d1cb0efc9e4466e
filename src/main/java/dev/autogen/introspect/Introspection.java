package dev.autogen.introspect;

import dev.autogen.dialect.TableNameCase;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.ForeignKeyIndex;
import dev.autogen.model.Identifier;
import dev.autogen.model.PartitionKey;
import dev.autogen.model.Schema;
import dev.autogen.model.TableStatistics;
import dev.autogen.model.View;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one introspection of a live schema found: the current {@link Schema}, the server's size
 * estimates per table (sorted by table name), the server version text (e.g. {@code 15.4}) and the
 * session's {@code TimeZone} setting (e.g. {@code UTC}; empty when unknown), and what the server
 * says beside the tables ({@link Beside}).
 */
public record Introspection(
    Schema current,
    List<TableStatistics> statistics,
    String serverVersion,
    String timeZone,
    Introspection.Beside beside) {

  /**
   * What the server says beside the tables of the {@link Schema}: the schema's views (which are not
   * tables), the partition keys of its partitioned tables, how the server compares table names
   * (MySQL's {@code lower_case_table_names}), the column attributes a MySQL/MariaDB {@code MODIFY
   * COLUMN} must restate (see {@link ColumnAttributes}; empty elsewhere) and the indexes InnoDB
   * made for foreign keys, by their real names (see {@link ForeignKeyIndex}; empty elsewhere).
   */
  public record Beside(
      List<View> views,
      List<PartitionKey> partitionKeys,
      TableNameCase tableNames,
      List<ColumnAttributes> columnAttributes,
      List<ForeignKeyIndex> foreignKeyIndexes) {
    public Beside {
      views = List.copyOf(views);
      partitionKeys = List.copyOf(partitionKeys);
      java.util.Objects.requireNonNull(tableNames, "tableNames");
      columnAttributes = List.copyOf(columnAttributes);
      foreignKeyIndexes = List.copyOf(foreignKeyIndexes);
    }

    /** Nothing beside the tables, and table names compared as written. */
    static final Beside NOTHING =
        new Beside(List.of(), List.of(), TableNameCase.SENSITIVE, List.of(), List.of());

    /** The same without what belongs to the tables {@code left} names. */
    Beside without(Predicate<Identifier> left) {
      return new Beside(
          views,
          partitionKeys.stream().filter(k -> !left.test(k.table())).toList(),
          tableNames,
          columnAttributes.stream().filter(a -> !left.test(a.table())).toList(),
          foreignKeyIndexes.stream().filter(i -> !left.test(i.table())).toList());
    }
  }

  public Introspection {
    statistics = List.copyOf(statistics);
    java.util.Objects.requireNonNull(beside, "beside");
  }

  /**
   * An introspection of the tables alone: nothing beside them; the readers add what their server
   * has with the {@code with...} methods.
   */
  public Introspection(
      Schema current, List<TableStatistics> statistics, String serverVersion, String timeZone) {
    this(current, statistics, serverVersion, timeZone, Beside.NOTHING);
  }

  /** An introspection that did not read the time zone. */
  public Introspection(Schema current, List<TableStatistics> statistics, String serverVersion) {
    this(current, statistics, serverVersion, "");
  }

  /** The schema's views, which are not tables of the {@link Schema}. */
  public List<View> views() {
    return beside.views();
  }

  /** The partition keys of the schema's partitioned tables. */
  public List<PartitionKey> partitionKeys() {
    return beside.partitionKeys();
  }

  /** How the server compares table names. */
  public TableNameCase tableNames() {
    return beside.tableNames();
  }

  /** The column attributes a MySQL/MariaDB {@code MODIFY COLUMN} must restate. */
  public List<ColumnAttributes> columnAttributes() {
    return beside.columnAttributes();
  }

  /** The indexes InnoDB made for foreign keys, by their real names. */
  public List<ForeignKeyIndex> foreignKeyIndexes() {
    return beside.foreignKeyIndexes();
  }

  /**
   * The same introspection without the tables {@code left} names (a migration tool's table under a
   * name of the project's choosing), with their statistics and what the server says of them.
   */
  public Introspection withoutTables(Predicate<Identifier> left) {
    if (current.tables().stream().noneMatch(t -> left.test(t.name()))) {
      return this;
    }
    return new Introspection(
        new Schema(
            current.tables().stream().filter(t -> !left.test(t.name())).toList(),
            current.sequences()),
        statistics.stream().filter(st -> !left.test(st.table())).toList(),
        serverVersion,
        timeZone,
        beside.without(left));
  }

  /** The same introspection with the schema's views. */
  public Introspection withViews(List<View> found) {
    Beside b = beside;
    return with(
        new Beside(
            found, b.partitionKeys(), b.tableNames(), b.columnAttributes(), b.foreignKeyIndexes()));
  }

  /** The same introspection with the partition keys of its partitioned tables. */
  public Introspection withPartitionKeys(List<PartitionKey> keys) {
    Beside b = beside;
    return with(
        new Beside(b.views(), keys, b.tableNames(), b.columnAttributes(), b.foreignKeyIndexes()));
  }

  /** The same introspection with the server's table-name rule. */
  public Introspection withTableNames(TableNameCase rule) {
    Beside b = beside;
    return with(
        new Beside(
            b.views(), b.partitionKeys(), rule, b.columnAttributes(), b.foreignKeyIndexes()));
  }

  /** The same introspection with the column attributes a {@code MODIFY COLUMN} restates. */
  public Introspection withColumnAttributes(List<ColumnAttributes> found) {
    Beside b = beside;
    return with(
        new Beside(b.views(), b.partitionKeys(), b.tableNames(), found, b.foreignKeyIndexes()));
  }

  /** The same introspection with the indexes the server made for foreign keys under own names. */
  public Introspection withForeignKeyIndexes(List<ForeignKeyIndex> found) {
    Beside b = beside;
    return with(
        new Beside(b.views(), b.partitionKeys(), b.tableNames(), b.columnAttributes(), found));
  }

  private Introspection with(Beside found) {
    return new Introspection(current, statistics, serverVersion, timeZone, found);
  }
}
