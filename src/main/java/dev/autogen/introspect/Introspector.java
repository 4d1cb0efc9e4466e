package dev.autogen.introspect;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.model.Identifier;
import dev.autogen.model.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads one schema (PostgreSQL) or database (MySQL, MariaDB: {@link
 * dev.autogen.introspect.mysql.MysqlCatalog}) into the neutral model, read-only, in a fixed number
 * of queries whatever the number of tables.
 *
 * <p><b>Why not SchemaCrawler.</b> SchemaCrawler's standard info level fetches columns, keys and
 * indexes with per-table JDBC metadata calls: 10 s for 1,000 tables and 77 s for 5,000, where
 * set-based {@code pg_catalog} queries take 0.2 s and 0.8 s. Even with a minimal info level and its
 * catalog-wide {@code data_dictionary_all} strategy, its column retrieval took about 0.6 s for
 * 1,000 tables (one catalog query: about 0.08 s), could not bind the schema name as a parameter,
 * and still lacked what the model needs ({@code format_type} spelling, {@code pg_get_expr}
 * defaults, identity kind). It was kept for the server version and the table list until issue 18's
 * profile showed that call alone cost about 0.8 s of a first read (its plugin lookup, ~290 classes
 * and four metadata queries) for what the relation query and the driver already know. So everything
 * comes from a handful of set-based catalog queries: tables, columns, constraints, indexes,
 * sequences and statistics, one query each, each with the schema name bound as a parameter.
 *
 * <p><b>Contract.</b> The connection is switched to a read-only, repeatable-read transaction for
 * the call and restored afterwards (see {@link ReadOnlySession}); nothing is ever written. The
 * migration tools' tables ({@link #isMigrationToolTable}) are not part of the result. Views and
 * partitions are left out; a partitioned table appears once, as its parent. Instances hold no state
 * besides the dialect and may be reused.
 */
public final class Introspector {

  /** Flyway's bookkeeping table: the tool's, never the application's. */
  public static final String FLYWAY_HISTORY = "flyway_schema_history";

  /** The migration tools' own tables (Flyway's, Liquibase's two), in lower case. */
  private static final java.util.Set<String> TOOL_TABLES =
      java.util.Set.of(FLYWAY_HISTORY, "databasechangelog", "databasechangeloglock");

  /**
   * Whether a table belongs to a migration tool (Flyway's {@value #FLYWAY_HISTORY}, Liquibase's
   * {@code databasechangelog} and {@code databasechangeloglock}, in any case: Liquibase writes them
   * in upper case on MySQL): never the application's, so never planned for a drop nor reported.
   */
  public static boolean isMigrationToolTable(String name) {
    return TOOL_TABLES.contains(name.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The migration tools' tables of a project that names some of its own ({@code
   * spring.flyway.table=schema_version}, Liquibase's table names): those and the defaults, in any
   * case, as {@link Introspection#withoutTables} takes them.
   */
  public static Predicate<Identifier> migrationToolTables(Collection<String> projectNames) {
    Set<String> own =
        projectNames.stream()
            .map(n -> n.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return t -> isMigrationToolTable(t.value()) || own.contains(t.value().toLowerCase(Locale.ROOT));
  }

  private final CatalogReader catalog;
  private final ViewsAndTriggers.Reader viewsAndTriggers;

  public Introspector(Dialect dialect) {
    this.catalog = CatalogReaders.forDialect(Objects.requireNonNull(dialect, "dialect"));
    this.viewsAndTriggers = CatalogReaders.viewsAndTriggers(dialect);
  }

  /**
   * Reads the views and enabled triggers of {@code schema}, read-only as {@link #read}: what the
   * lint check of both code versions needs besides the tables.
   */
  public ViewsAndTriggers readViewsAndTriggers(Connection connection, String schema)
      throws IntrospectionException {
    try (ReadOnlySession session = ReadOnlySession.begin(connection)) {
      return viewsAndTriggers.read(connection, schema);
    } catch (SQLException e) {
      throw new IntrospectionException(
          "cannot read views and triggers of '" + schema + "': " + e.getMessage(), e);
    }
  }

  private static List<View> views(ViewsAndTriggers found) {
    List<View> views = new ArrayList<>();
    found
        .views()
        .forEach(
            (name, columns) ->
                views.add(
                    new View(
                        Identifier.of(name),
                        columns.keySet().stream().map(Identifier::of).toList())));
    return views;
  }

  /**
   * {@code configured} with the facts of the server behind {@code connection}: its version and, on
   * MySQL and MariaDB, its {@code lower_case_table_names}. For callers that judge migrations for
   * that server without reading a schema (lint's statement rules).
   */
  public Dialect serverDialect(Dialect configured, Connection connection)
      throws IntrospectionException {
    try {
      return Dialects.forServer(
          configured,
          connection.getMetaData().getDatabaseProductVersion(),
          "",
          catalog.tableNames(connection));
    } catch (SQLException e) {
      throw new IntrospectionException("cannot read the server's version: " + e.getMessage(), e);
    }
  }

  /**
   * The schema to read when none is configured: {@code public} on PostgreSQL, the database the
   * connection's URL names on MySQL and MariaDB.
   */
  public String defaultSchema(Connection connection) throws SQLException {
    return catalog.defaultSchema(connection);
  }

  /**
   * Reads {@code schema} (its catalog name, e.g. {@code public}) through {@code connection}; never
   * writes; excludes the migration tools' tables ({@link #isMigrationToolTable}).
   *
   * @throws IntrospectionException when the schema does not exist, or the connection or a catalog
   *     query fails (the driver's exception is the cause)
   */
  public Introspection read(Connection connection, String schema) throws IntrospectionException {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(schema, "schema");
    try (ReadOnlySession session = ReadOnlySession.begin(connection)) {
      if (!CatalogQuery.exists(connection, catalog.schemaQuery(), schema)) {
        throw IntrospectionException.schemaMissing(schema);
      }
      Introspection read = catalog.read(connection, schema);
      return read.withViews(views(viewsAndTriggers.read(connection, schema)));
    } catch (SQLException e) {
      throw new IntrospectionException("cannot read schema '" + schema + "': " + e.getMessage(), e);
    }
  }
}
