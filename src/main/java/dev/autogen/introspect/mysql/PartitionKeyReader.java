package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.PartitionKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how each partitioned table of a database is split, in one query. MySQL and MariaDB refuse a
 * primary key or unique key that leaves out a column the partitioning (or subpartitioning)
 * expression uses; unlike PostgreSQL they accept expressions ({@code YEAR(at)}), so a key here is
 * the columns the expressions name, never "expressions". Partitions are not rows of {@code
 * information_schema.TABLES}: they are never tables of the model.
 */
final class PartitionKeyReader {

  private static final String SQL =
      """
      SELECT DISTINCT TABLE_NAME, PARTITION_EXPRESSION, SUBPARTITION_EXPRESSION
        FROM information_schema.PARTITIONS
       WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL
       ORDER BY TABLE_NAME
      """;

  /** An identifier as the server writes it in an expression: backquoted, `` doubling a quote. */
  private static final Pattern QUOTED = Pattern.compile("`((?:[^`]|``)*)`");

  List<PartitionKey> read(Connection connection, String database) throws SQLException {
    List<PartitionKey> keys = new ArrayList<>();
    for (PartitionKey key :
        CatalogQuery.list(
            connection,
            SQL,
            database,
            row ->
                new PartitionKey(
                    Identifier.of(row.getString("TABLE_NAME")),
                    columns(
                        row.getString("PARTITION_EXPRESSION"),
                        row.getString("SUBPARTITION_EXPRESSION")),
                    false))) {
      // PARTITION BY KEY () names no column: it partitions by the primary key itself
      if (!key.columns().isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The columns the partitioning expressions name, in order, each once. */
  static List<Identifier> columns(String... expressions) {
    Set<Identifier> columns = new LinkedHashSet<>();
    for (String expression : expressions) {
      if (expression == null) {
        continue;
      }
      Matcher m = QUOTED.matcher(expression);
      while (m.find()) {
        columns.add(Identifier.of(m.group(1).replace("``", "`")));
      }
    }
    return List.copyOf(columns);
  }
}
