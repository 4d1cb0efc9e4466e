package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Replays a Flyway project with the real Flyway: its ordering, its script splitting, its
 * transaction rules (a {@code .conf} script config, statements PostgreSQL refuses in a
 * transaction), repeatable migrations, placeholders and the other settings the project gives
 * ({@code flyway.*} keys as Flyway's own configuration names them, e.g. {@code
 * flyway.placeholders.owner} or {@code flyway.baselineVersion}).
 *
 * @param locations the project's migration folders
 * @param deferred folders applied after {@code locations} whatever their versions (autogen's
 *     deferred contract steps, which {@code promote} later moves behind everything in {@code
 *     locations}); folders that do not exist are skipped
 * @param configuration Flyway configuration keys ({@code flyway.*}) and values
 */
public record FlywayReplay(
    List<Path> locations, List<Path> deferred, Map<String, String> configuration)
    implements HistoryReplay {
  public FlywayReplay {
    locations = List.copyOf(locations);
    deferred = List.copyOf(deferred);
    configuration = Map.copyOf(configuration);
  }

  /** Replays a single folder with Flyway's defaults. */
  public static FlywayReplay of(Path folder) {
    return new FlywayReplay(List.of(folder), List.of(), Map.of());
  }

  @Override
  public void replay(DevDatabase db, ProgressListener progress) throws MigrationReplayException {
    refuseJavaMigrations();
    refuseNonTextMigrations();
    // Flyway logs a missing location as an error; a project without a folder yet has no history
    List<Path> present = locations.stream().filter(java.nio.file.Files::isDirectory).toList();
    migrate(db, present, false, progress);
    List<Path> waiting = deferred.stream().filter(java.nio.file.Files::isDirectory).toList();
    if (!waiting.isEmpty()) {
      List<Path> all = new ArrayList<>(present);
      all.addAll(waiting);
      // out of order: a deferred step's version may be below a later migration's
      migrate(db, all, true, progress);
    }
  }

  /**
   * Flyway reports a binary migration only as "unable to calculate checksum"; named here, with what
   * is wrong, before anything runs (issue 14). Skipped when the project sets another encoding.
   */
  private void refuseNonTextMigrations() throws MigrationReplayException {
    String encoding = configuration.getOrDefault("flyway.encoding", "UTF-8");
    if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
      return;
    }
    List<Path> all = new ArrayList<>(locations);
    all.addAll(deferred);
    for (Path folder : all) {
      try {
        for (MigrationFile file : MigrationFolder.list(folder)) {
          TextFiles.read(file.path());
        }
      } catch (IOException e) {
        throw new MigrationReplayException(e.getMessage(), null, e);
      }
    }
  }

  private void refuseJavaMigrations() throws MigrationReplayException {
    List<Path> all = new ArrayList<>(locations);
    all.addAll(deferred);
    Optional<Path> java;
    try {
      java = JavaMigrations.first(all);
    } catch (IOException e) {
      throw new MigrationReplayException(
          "Cannot read the migration folders: " + e.getMessage(), null, e);
    }
    if (java.isPresent()) {
      throw new MigrationReplayException(
          java.get()
              + ": a Java migration, which autogen cannot run when it replays the history (it does"
              + " not build the project); compare with a database the migrations have been applied"
              + " to (--url or spring.datasource.url)",
          java.get(),
          null);
    }
  }

  private void migrate(
      DevDatabase db, List<Path> folders, boolean outOfOrder, ProgressListener progress)
      throws MigrationReplayException {
    try {
      FluentConfiguration config =
          Flyway.configure(FlywayReplay.class.getClassLoader())
              .configuration(configuration)
              .dataSource(new DevDataSource(db))
              .schemas(db.schema())
              .defaultSchema(db.schema())
              .locations(
                  folders.stream()
                      .map(f -> "filesystem:" + f.toAbsolutePath())
                      .toArray(String[]::new))
              .outOfOrder(
                  outOfOrder || Boolean.parseBoolean(configuration.get("flyway.outOfOrder")))
              .cleanDisabled(true);
      // Flyway's default transactional advisory lock keeps a transaction open that a CREATE INDEX
      // CONCURRENTLY would wait for forever; the dev database has no concurrent migrator anyway
      config
          .getConfigurationExtension(PostgreSQLConfigurationExtension.class)
          .setTransactionalLock(false);
      MigrationInfo[] pending = config.load().info().pending();
      Progress announcer = new Progress(progress, pending.length);
      try {
        config.callbacks(announcer).load().migrate();
      } catch (FlywayException e) {
        // Flyway refuses some files before announcing them: the first not applied is the one
        int failed = announcer.applied;
        throw failure(e, failed < pending.length ? file(pending[failed]) : null);
      }
    } catch (FlywayException e) {
      throw failure(e, null);
    }
  }

  /**
   * @param current the migration that failed, named when Flyway's message does not say which file
   *     it refused (mixed statements, a placeholder without a value)
   */
  private static MigrationReplayException failure(FlywayException e, Path current) {
    if (e instanceof FlywayMigrateException m && m.getMigration() != null) {
      MigrationInfo migration = m.getMigration();
      Path file =
          migration.getPhysicalLocation() == null || migration.getPhysicalLocation().isEmpty()
              ? null
              : Path.of(migration.getPhysicalLocation());
      String name = migration.getScript();
      String where = m.getLineNumber() > 0 ? " (line " + m.getLineNumber() + ")" : "";
      return new MigrationReplayException(name + where + " failed: " + cause(e), file, e);
    }
    String where = current == null ? "Flyway" : current.getFileName().toString();
    return new MigrationReplayException(
        where + ": " + Messages.firstLine(e.getMessage()), current, e);
  }

  /** The server's own words when a statement failed, else Flyway's first line. */
  private static String cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return Messages.firstLine(s.getMessage());
      }
    }
    return Messages.firstLine(e.getMessage());
  }

  private static Path file(MigrationInfo info) {
    String location = info.getPhysicalLocation();
    return location == null || location.isEmpty() ? Path.of(info.getScript()) : Path.of(location);
  }

  /** Tells the listener of each migration Flyway is about to apply, and counts those it did. */
  private static final class Progress implements Callback {
    private final ProgressListener listener;
    private final int total;
    private int index;
    private int applied;

    Progress(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      if (event == Event.AFTER_EACH_MIGRATE) {
        applied++;
        return;
      }
      listener.onFile(++index, Math.max(total, index), file(context.getMigrationInfo()));
    }

    @Override
    public String getCallbackName() {
      return "autogen-progress";
    }
  }
}
