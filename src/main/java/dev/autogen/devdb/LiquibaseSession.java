package dev.autogen.devdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The real Liquibase on a dev database connection, one changeset at a time: what {@code autogen
 * verify} needs to apply and roll back a project's newest changesets as it does Flyway steps. The
 * project's parameters, contexts and labels apply as in {@link LiquibaseReplay}.
 */
public final class LiquibaseSession implements AutoCloseable {

  /** A changeset as the report names it: {@code file::id::author}, and its file and id. */
  public record ChangeSetName(String filePath, String id, String author) {
    @Override
    public String toString() {
      return filePath + "::" + id + "::" + author;
    }
  }

  private final LiquibaseReplay project;
  private final DirectoryResourceAccessor files;
  private final Liquibase liquibase;

  private LiquibaseSession(
      LiquibaseReplay project, DirectoryResourceAccessor files, Liquibase liquibase) {
    this.project = project;
    this.files = files;
    this.liquibase = liquibase;
  }

  /**
   * Opens the project's master changelog on {@code c}, whose objects go to {@code schema}. The
   * change log may be a pull request's: Liquibase reads no file outside {@code folder} (an include,
   * an {@code sqlFile}, a {@code loadData} of {@code ../../home/ci/.ssh/id_rsa} whose rows an error
   * message would quote), as {@link ChangeLogFiles} reads it for lint.
   */
  public static LiquibaseSession open(
      LiquibaseReplay project, Connection c, String schema, Path folder)
      throws MigrationReplayException {
    Path master = project.searchRoot().resolve(project.changeLog());
    UnloadedCustomChange.install();
    DirectoryResourceAccessor files = null;
    try {
      files = ConfinedResources.forProject(project, folder);
      DirectoryResourceAccessor opened = files;
      Liquibase liquibase =
          inScope(
              opened,
              () -> {
                Database database =
                    DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                database.setDefaultSchemaName(schema);
                Liquibase lb = new Liquibase(project.changeLog(), opened, database);
                // the changelog under verification may be a pull request's: no environment
                ProjectParameters.only(lb.getChangeLogParameters());
                project.parameters().forEach(lb::setChangeLogParameter);
                // its update summary goes to standard output, past the UI service
                lb.setShowSummary(UpdateSummaryEnum.OFF);
                return lb;
              });
      return new LiquibaseSession(project, files, liquibase);
    } catch (Exception e) {
      closeQuietly(files);
      throw new MigrationReplayException(
          project.changeLog() + ": Liquibase cannot read the change log: " + e.getMessage(),
          master,
          e);
    }
  }

  /** The changesets not yet run on the connection's database, in the order update runs them. */
  public List<ChangeSetName> unrun() throws MigrationReplayException {
    return call(
        "listing the changesets",
        () ->
            liquibase.listUnrunChangeSets(contexts(), labels()).stream()
                .map(cs -> new ChangeSetName(cs.getFilePath(), cs.getId(), cs.getAuthor()))
                .toList());
  }

  /** Runs the next {@code count} changesets. */
  public void update(int count) throws MigrationReplayException {
    run("update", () -> liquibase.update(count, contexts(), labels()));
  }

  /** Rolls back the last {@code count} changesets run. */
  public void rollback(int count) throws MigrationReplayException {
    run("rollback", () -> liquibase.rollback(count, contexts(), labels()));
  }

  @Override
  public void close() {
    closeQuietly(files);
  }

  private Contexts contexts() {
    return new Contexts(project.contexts());
  }

  private LabelExpression labels() {
    return new LabelExpression(project.labels());
  }

  /** Work of Liquibase's that returns nothing. */
  private interface Work {
    void run() throws Exception;
  }

  private void run(String what, Work work) throws MigrationReplayException {
    call(
        what,
        () -> {
          work.run();
          return null;
        });
  }

  private <T> T call(String what, Scope.ScopedRunnerWithReturn<T> work)
      throws MigrationReplayException {
    try {
      return inScope(files, work);
    } catch (Exception e) {
      throw new MigrationReplayException(
          "Liquibase " + what + " failed: " + LiquibaseReplay.reason(e),
          project.searchRoot().resolve(project.changeLog()),
          e);
    }
  }

  /** Liquibase's console summaries and usage reports stay out of autogen's output. */
  private static <T> T inScope(
      DirectoryResourceAccessor files, Scope.ScopedRunnerWithReturn<T> work) throws Exception {
    Map<String, Object> scope = new HashMap<>();
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put("liquibase.analytics.enabled", false);
    // a change reading a file (sqlFile, loadData) asks the scope's accessor: the confined one
    scope.put(Scope.Attr.resourceAccessor.name(), files);
    // no remote schema or external entity is fetched, whatever the environment says
    scope.put("liquibase.secureParsing", true);
    return Scope.child(scope, work);
  }

  private static void closeQuietly(DirectoryResourceAccessor files) {
    if (files != null) {
      try {
        files.close();
      } catch (Exception ignored) {
        // only open file handles of a throwaway session
      }
    }
  }
}
