package dev.autogen.introspect.postgres;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.CatalogReader;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.introspect.RowCounts;
import dev.autogen.introspect.postgres.RelationReader.Relation;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.TableStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's catalog: one set-based {@code pg_catalog} query per object kind (see {@link
 * Introspector} for why), the server version from the connection's metadata (the driver has it from
 * the session's start, no round trip).
 */
public final class PostgresCatalog implements CatalogReader {

  private final Dialect dialect;

  public PostgresCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public String defaultSchema(Connection connection) {
    return "public";
  }

  @Override
  public String schemaQuery() {
    return "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?";
  }

  @Override
  public Introspection read(Connection connection, String schema) throws SQLException {
    relativeTo(connection, schema);
    List<Relation> relations =
        RelationReader.QUERY.list(connection, schema).stream()
            .filter(r -> !Introspector.isMigrationToolTable(r.name()))
            .toList();
    SchemaAssembler assembler =
        new SchemaAssembler(
            new ColumnReader(dialect).read(connection, schema),
            new IndexReader().read(connection, schema),
            new ConstraintReader(dialect).read(connection, schema));
    List<Table> tables = relations.stream().map(r -> assembler.table(r.name())).toList();
    List<TableStatistics> statistics =
        RowCounts.settle(
            connection,
            relations.stream().map(SchemaAssembler::statistics).toList(),
            t -> dialect.quote(Identifier.of(schema)) + "." + dialect.quote(t),
            relations.stream()
                .filter(Relation::certainlyEmpty)
                .map(r -> Identifier.of(r.name()))
                .collect(Collectors.toSet()));
    Schema current = new Schema(tables, SequenceReader.QUERY.list(connection, schema));
    String serverVersion = connection.getMetaData().getDatabaseProductVersion();
    return new Introspection(current, statistics, serverVersion, timeZone(connection))
        .withPartitionKeys(PartitionKeyReader.QUERY.list(connection, schema));
  }

  /**
   * Makes the catalog functions ({@code pg_get_expr}, {@code format_type}) spell names of the
   * introspected schema without its name, whatever the caller's search path: a serial default is
   * {@code nextval('t_id_seq'::regclass)} in every schema, so a live schema and a dev-database
   * schema compare equal. {@code public} stays visible as in a default search path (extension
   * types). The setting is local to the read-only transaction, which is rolled back at the end.
   */
  private static void relativeTo(Connection connection, String schema) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident(?) || ', public',"
                + " true)")) {
      ps.setString(1, schema);
      ps.executeQuery().close();
    }
  }

  private static String timeZone(Connection connection) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SHOW TimeZone");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : "";
    }
  }
}
