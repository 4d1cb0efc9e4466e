package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads MariaDB's sequences (10.3+; MySQL has none): their names from {@code information_schema}
 * and their start and increment from the sequences themselves, all in one {@code UNION ALL} query
 * whatever their number, since MariaDB 10.x has no {@code information_schema.SEQUENCES}.
 */
final class SequenceReader {

  private static final String NAMES =
      """
      SELECT TABLE_NAME FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
       ORDER BY TABLE_NAME
      """;

  private final Dialect dialect;

  SequenceReader(Dialect dialect) {
    this.dialect = dialect;
  }

  List<Sequence> read(Connection connection, String database) throws SQLException {
    List<String> names = CatalogQuery.list(connection, NAMES, database, row -> row.getString(1));
    if (names.isEmpty()) {
      return List.of();
    }
    String db = dialect.quote(Identifier.of(database));
    // names are quoted by the dialect and bound values cannot name tables
    String sql =
        names.stream()
            .map(
                n ->
                    "SELECT "
                        + dialect.expressions().literal(n)
                        + ", start_value, increment FROM "
                        + db
                        + "."
                        + dialect.quote(Identifier.of(n)))
            .collect(Collectors.joining(" UNION ALL "));
    List<Sequence> sequences = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        sequences.add(
            new Sequence(Identifier.of(rows.getString(1)), rows.getLong(2), rows.getLong(3)));
      }
    }
    return sequences;
  }
}
