package dev.autogen.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A server {@link RealAppsIT} loads an app's schema into: PostgreSQL (a schema of its own) or
 * MariaDB (a database of its own). What differs between the two is only where the schema lives; how
 * it is loaded (the app's Flyway, Liquibase or SQL file) and how autogen is run are shared.
 */
enum RealAppServer {
  POSTGRESQL("expected.tsv") {
    @Override
    Space open() throws SQLException {
      String schema = LocalPostgres.newSchemaName("it_realapp");
      try (Connection c = LocalPostgres.connect()) {
        LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      }
      return new Space() {
        @Override
        public List<String> cliArgs() {
          return List.of(
              "--url",
              LocalPostgres.URL,
              "--user",
              LocalPostgres.USER,
              "--password",
              LocalPostgres.PASSWORD,
              "--schema",
              schema);
        }

        @Override
        public FluentConfiguration flyway(FluentConfiguration config) {
          return config
              .dataSource(LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD)
              .schemas(schema);
        }

        @Override
        public Connection connect() throws SQLException {
          return LocalPostgres.connectTo(schema);
        }

        @Override
        public Database liquibase(Connection c) throws DatabaseException {
          Database db =
              DatabaseFactory.getInstance()
                  .findCorrectDatabaseImplementation(new JdbcConnection(c));
          db.setDefaultSchemaName(schema);
          return db;
        }

        @Override
        public void close() throws SQLException {
          try (Connection c = LocalPostgres.connect()) {
            LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
          }
        }
      };
    }
  },

  MARIADB("expected-mariadb.tsv") {
    @Override
    Space open() throws SQLException {
      String database = LocalMariaDb.createDatabase("it_realapp");
      String url = LocalMariaDb.urlOf(database);
      return new Space() {
        @Override
        public List<String> cliArgs() {
          // the URL names the database; the server tells autogen it is MariaDB
          return List.of("--url", url, "--dialect", "mariadb");
        }

        @Override
        public FluentConfiguration flyway(FluentConfiguration config) {
          return config.dataSource(url, null, null);
        }

        @Override
        public Connection connect() throws SQLException {
          // an app's SQL file is a script of many statements
          return DriverManager.getConnection(
              url + (url.contains("?") ? "&" : "?") + "allowMultiQueries=true");
        }

        @Override
        public Database liquibase(Connection c) throws DatabaseException {
          return DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(c));
        }

        @Override
        public void close() throws SQLException {
          LocalMariaDb.dropDatabase(database);
        }
      };
    }
  };

  private final String expectedFile;

  RealAppServer(String expectedFile) {
    this.expectedFile = expectedFile;
  }

  /** The app's reviewed rows for this server. */
  String expectedFile() {
    return expectedFile;
  }

  /** How {@code fixture.properties} names the server: in {@code databases} and as key prefix. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Creates a fresh schema (database) for one app; closing drops it. */
  abstract Space open() throws SQLException;

  /** One app's schema on the server, and the ways in: CLI, Flyway, Liquibase, JDBC. */
  interface Space extends AutoCloseable {
    /** The {@code autogen} options that reach this schema. */
    List<String> cliArgs();

    /** Points a Flyway configuration at this schema. */
    FluentConfiguration flyway(FluentConfiguration config);

    /** A connection whose current schema is this one, as the app's has. */
    Connection connect() throws SQLException;

    /** Liquibase's view of {@code c}, defaulting to this schema. */
    Database liquibase(Connection c) throws DatabaseException;

    @Override
    void close() throws SQLException;
  }
}
