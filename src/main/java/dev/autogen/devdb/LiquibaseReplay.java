package dev.autogen.devdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Replays a Liquibase project with the real Liquibase (4.33): {@code update} of its master
 * changelog on the dev database, with the project's changelog parameters, contexts and labels.
 * Liquibase's own tables ({@code databasechangelog}, {@code databasechangeloglock}) land in the dev
 * schema and are left out by introspection.
 *
 * @param searchRoot the folder changelog paths are relative to ({@code src/main/resources} for a
 *     {@code classpath:} change log), as Liquibase records them
 * @param changeLog the master changelog, relative to {@code searchRoot} (e.g. {@code
 *     db/changelog/db.changelog-master.yaml})
 * @param parameters changelog parameters ({@code ${name}} in the changelogs)
 * @param contexts Liquibase contexts, empty for all
 * @param labels a label filter expression, empty for all
 */
public record LiquibaseReplay(
    Path searchRoot,
    String changeLog,
    Map<String, String> parameters,
    String contexts,
    String labels)
    implements HistoryReplay {
  public LiquibaseReplay {
    parameters = Map.copyOf(parameters);
  }

  @Override
  public Optional<LiquibaseReplay> liquibase() {
    return Optional.of(this);
  }

  @Override
  public void replay(DevDatabase db, ProgressListener progress) throws MigrationReplayException {
    Path master = searchRoot.resolve(changeLog);
    if (!Files.isRegularFile(master)) {
      throw new MigrationReplayException(
          master + ": the Liquibase change log does not exist", master, null);
    }
    progress.onFile(1, 1, master);
    UnloadedCustomChange.install();
    Map<String, Object> scope = new HashMap<>();
    // Liquibase prints its summaries on the console and reports usage over the network; autogen's
    // output is what the user asked for, and the dev database is nobody's business
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put("liquibase.analytics.enabled", false);
    RunningChangeSet running = new RunningChangeSet();
    try (Connection c = db.connect();
        DirectoryResourceAccessor files = new DirectoryResourceAccessor(searchRoot)) {
      Scope.child(
          scope,
          () -> {
            Database database =
                DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(c));
            database.setDefaultSchemaName(db.schema());
            Liquibase liquibase = new Liquibase(changeLog, files, database);
            parameters.forEach(liquibase::setChangeLogParameter);
            liquibase.setChangeExecListener(running);
            // Liquibase prints its update summary on standard output, past the UI service, where
            // it would come before autogen's report (and break --format json)
            liquibase.setShowSummary(UpdateSummaryEnum.OFF);
            liquibase.update(new Contexts(contexts), new LabelExpression(labels));
          });
    } catch (SQLException e) {
      throw new MigrationReplayException("dev database: " + e.getMessage(), null, e);
    } catch (Exception e) {
      throw new MigrationReplayException(
          changeLog
              + ": Liquibase update failed: "
              + running.name().map(name -> name + ": ").orElse("")
              + searchRootNamed(reason(e)),
          master,
          e);
    }
  }

  /**
   * Liquibase lists the folders it searched on the lines after "... was not found in the configured
   * search path:", which the one-line message leaves out: name the one folder it had.
   */
  private String searchRootNamed(String reason) {
    return reason.endsWith("search path:") ? reason + " " + searchRoot : reason;
  }

  /** The server's words when a statement failed, else the deepest message Liquibase gives. */
  static String reason(Throwable e) {
    String message = e.getMessage();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return Messages.firstLine(s.getMessage());
      }
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return Messages.firstLine(message);
  }
}
