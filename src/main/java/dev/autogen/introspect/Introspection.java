package dev.autogen.introspect;

import dev.autogen.dialect.TableNameCase;
import dev.autogen.model.ColumnAttributes;
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
 * session's {@code TimeZone} setting (e.g. {@code UTC}; empty when unknown), and the schema's views
 * (which are not tables of the {@link Schema}), the partition keys of its partitioned tables, how
 * the server compares table names (MySQL's {@code lower_case_table_names}), and the column
 * attributes a MySQL/MariaDB {@code MODIFY COLUMN} must restate (see {@link ColumnAttributes};
 * empty elsewhere).
 */
public record Introspection(
    Schema current,
    List<TableStatistics> statistics,
    String serverVersion,
    String timeZone,
    List<View> views,
    List<PartitionKey> partitionKeys,
    TableNameCase tableNames,
    List<ColumnAttributes> columnAttributes) {
  public Introspection {
    statistics = List.copyOf(statistics);
    views = List.copyOf(views);
    partitionKeys = List.copyOf(partitionKeys);
    java.util.Objects.requireNonNull(tableNames, "tableNames");
    columnAttributes = List.copyOf(columnAttributes);
  }

  /**
   * An introspection of the tables alone: no views, partition keys or column attributes, and table
   * names compared as written; the readers add what their server has with the {@code with...}
   * methods.
   */
  public Introspection(
      Schema current, List<TableStatistics> statistics, String serverVersion, String timeZone) {
    this(
        current,
        statistics,
        serverVersion,
        timeZone,
        List.of(),
        List.of(),
        TableNameCase.SENSITIVE,
        List.of());
  }

  /**
   * The same introspection without the tables {@code left} names (a migration tool's table under a
   * name of the project's choosing), with their statistics, partition keys and column attributes.
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
        views,
        partitionKeys.stream().filter(k -> !left.test(k.table())).toList(),
        tableNames,
        columnAttributes.stream().filter(a -> !left.test(a.table())).toList());
  }

  /** The same introspection with the schema's views. */
  public Introspection withViews(List<View> found) {
    return new Introspection(
        current,
        statistics,
        serverVersion,
        timeZone,
        found,
        partitionKeys,
        tableNames,
        columnAttributes);
  }

  /** The same introspection with the partition keys of its partitioned tables. */
  public Introspection withPartitionKeys(List<PartitionKey> keys) {
    return new Introspection(
        current, statistics, serverVersion, timeZone, views, keys, tableNames, columnAttributes);
  }

  /** The same introspection with the server's table-name rule. */
  public Introspection withTableNames(TableNameCase rule) {
    return new Introspection(
        current, statistics, serverVersion, timeZone, views, partitionKeys, rule, columnAttributes);
  }

  /** The same introspection with the column attributes a {@code MODIFY COLUMN} restates. */
  public Introspection withColumnAttributes(List<ColumnAttributes> found) {
    return new Introspection(
        current, statistics, serverVersion, timeZone, views, partitionKeys, tableNames, found);
  }

  /** An introspection that did not read the time zone. */
  public Introspection(Schema current, List<TableStatistics> statistics, String serverVersion) {
    this(current, statistics, serverVersion, "");
  }
}
