package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.TableNameCase;
import dev.autogen.introspect.CatalogReader;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.introspect.RowCounts;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.TableStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * MySQL's and MariaDB's catalog: the schema is a database, read with one set-based {@code
 * information_schema} query per object kind (tables with size estimates, columns, keys, checks,
 * indexes, MariaDB sequences), the database name bound as a parameter.
 *
 * <p>SchemaCrawler is not used here: on PostgreSQL it supplies the table list and the server
 * version, which {@code information_schema.TABLES} (together with the size estimates) and the JDBC
 * metadata already give in one call each, and its MySQL catalog mapping (databases as catalogs, not
 * schemas) would need a plugin for nothing gained.
 */
public final class MysqlCatalog implements CatalogReader {

  private final Dialect dialect;

  public MysqlCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String defaultSchema(Connection connection) throws SQLException {
    String database = connection.getCatalog();
    if (database == null || database.isEmpty()) {
      throw new SQLException(
          "the URL names no database; add one (jdbc:mysql://host/DB) or --schema");
    }
    return database;
  }

  @Override
  public String schemaQuery() {
    return "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
  }

  @Override
  public Introspection read(Connection connection, String database) throws SQLException {
    String version = connection.getMetaData().getDatabaseProductVersion();
    boolean mariaDb = version.toLowerCase(Locale.ROOT).contains("mariadb");
    // TABLE_ROWS is an estimate, cached for up to a day on MySQL 8: 0 may be a stale answer
    List<TableStatistics> statistics =
        RowCounts.settle(
            connection,
            TableReader.QUERY.list(connection, database).stream()
                .filter(t -> !Introspector.isMigrationToolTable(t.table().value()))
                .toList(),
            t -> dialect.quote(Identifier.of(database)) + "." + dialect.quote(t));
    List<ColumnReader.TableColumn> columns =
        new ColumnReader(dialect, mariaDb).read(connection, database);
    MysqlAssembler assembler =
        new MysqlAssembler(
            dialect,
            columns,
            new IndexReader(dialect).read(connection, database),
            new CheckReader(mariaDb).read(connection, database),
            new KeyReader().read(connection, database));
    List<Table> tables = statistics.stream().map(s -> assembler.table(s.table())).toList();
    Schema current =
        new Schema(
            tables, mariaDb ? new SequenceReader(dialect).read(connection, database) : List.of());
    return new Introspection(current, statistics, version, timeZone(connection))
        .withPartitionKeys(new PartitionKeyReader().read(connection, database))
        .withTableNames(tableNames(connection))
        .withColumnAttributes(
            columns.stream()
                .map(ColumnReader.TableColumn::attributes)
                .filter(a -> !a.isEmpty())
                .toList())
        .withForeignKeyIndexes(
            statistics.stream()
                .flatMap(s -> assembler.foreignKeyIndexes(s.table()).stream())
                .toList());
  }

  /** {@code lower_case_table_names}: readable by any user, it decides how table names compare. */
  @Override
  public TableNameCase tableNames(Connection connection) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT @@lower_case_table_names");
        ResultSet rs = ps.executeQuery()) {
      return TableNameCase.ofLowerCaseTableNames(rs.next() ? rs.getInt(1) : 0);
    }
  }

  /** The session time zone ({@code SYSTEM} means the server's, which is then reported). */
  private static String timeZone(Connection connection) throws SQLException {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT IF(@@session.time_zone = 'SYSTEM', @@system_time_zone,"
                    + " @@session.time_zone)");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : "";
    }
  }
}
