package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * Replays a Flyway project with the real Flyway: its ordering, its script splitting, its transaction
 * rules (a {@code .conf} script config, {@code -- flyway:} lines, statements PostgreSQL refuses in
 * a transaction), repeatable migrations, placeholders and the other settings the project gives
 * ({@code flyway.*} keys as Flyway's own configuration names them, e.g. {@code
 * flyway.placeholders.owner} or {@code flyway.baselineVersion}).
 *
 * @param locations the project's migration folders
 * @param deferred folders applied after {@code locations} whatever their versions (autogen's
 *     deferred contract steps, which {@code promote} later moves behind everything in {@code
 *     locations}); folders that do not exist are skipped
 * @param configuration Flyway configuration keys ({@code flyway.*}) and values
 */
public record FlywayReplay(List<Path> locations, List<Path> deferred, Map<String, String> configuration)
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
    migrate(db, locations, false, progress);
    if (deferred.stream().anyMatch(java.nio.file.Files::isDirectory)) {
      List<Path> all = new ArrayList<>(locations);
      all.addAll(deferred);
      // out of order: a deferred step's version may be below a later migration's
      migrate(db, all, true, progress);
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
    Map<String, String> settings = new LinkedHashMap<>(configuration);
    // Flyway's default transactional advisory lock keeps a transaction open that a CREATE INDEX
    // CONCURRENTLY would wait for forever; the dev database has no concurrent migrator anyway
    settings.put("flyway.postgresql.transactional.lock", "false");
    FluentConfiguration config =
        Flyway.configure(FlywayReplay.class.getClassLoader())
            .configuration(settings)
            .dataSource(new DevDataSource(db))
            .schemas(db.schema())
            .defaultSchema(db.schema())
            .locations(folders.stream().map(f -> "filesystem:" + f.toAbsolutePath()).toArray(String[]::new))
            .outOfOrder(outOfOrder || Boolean.parseBoolean(configuration.get("flyway.outOfOrder")))
            .cleanDisabled(true);
    Flyway flyway = config.load();
    try {
      int total = flyway.info().pending().length;
      flyway =
          Flyway.configure(FlywayReplay.class.getClassLoader())
              .configuration(config)
              .callbacks(new Progress(progress, total))
              .load();
      flyway.migrate();
    } catch (FlywayException e) {
      throw failure(e);
    }
  }

  private static MigrationReplayException failure(FlywayException e) {
    if (e instanceof FlywayMigrateException m && m.getMigration() != null) {
      MigrationInfo migration = m.getMigration();
      Path file =
          migration.getPhysicalLocation() == null || migration.getPhysicalLocation().isEmpty()
              ? null
              : Path.of(migration.getPhysicalLocation());
      String name = migration.getScript();
      String where = m.getLineNumber() > 0 ? " (line " + m.getLineNumber() + ")" : "";
      return new MigrationReplayException(
          name + where + " failed: " + cause(e), file, e);
    }
    return new MigrationReplayException("Flyway: " + firstLine(e.getMessage()), null, e);
  }

  /** The server's own words when a statement failed, else Flyway's first line. */
  private static String cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return firstLine(s.getMessage());
      }
    }
    return firstLine(e.getMessage());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  /** Tells the listener of each migration Flyway is about to apply. */
  private static final class Progress implements Callback {
    private final ProgressListener listener;
    private final int total;
    private int index;

    Progress(ProgressListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public void handle(Event event, Context context) {
      MigrationInfo info = context.getMigrationInfo();
      String location = info.getPhysicalLocation();
      listener.onFile(
          ++index,
          Math.max(total, index),
          location == null || location.isEmpty() ? Path.of(info.getScript()) : Path.of(location));
    }

    @Override
    public String getCallbackName() {
      return "autogen-progress";
    }
  }
}
