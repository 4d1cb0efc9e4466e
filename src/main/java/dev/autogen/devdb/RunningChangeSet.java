package dev.autogen.devdb;

import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/**
 * The changeset Liquibase is running, so that a failure names it: Liquibase's own exception leaves
 * it in a second line of its message (or not at all), and a master changelog includes many files,
 * so the master's name alone does not say where to look.
 */
final class RunningChangeSet extends AbstractChangeExecListener {
  private ChangeSet running;

  @Override
  public void willRun(
      ChangeSet changeSet,
      DatabaseChangeLog changeLog,
      Database database,
      ChangeSet.RunStatus status) {
    running = changeSet;
  }

  @Override
  public void ran(
      ChangeSet changeSet,
      DatabaseChangeLog changeLog,
      Database database,
      ChangeSet.ExecType execType) {
    running = null;
  }

  /** The changeset that started and did not finish, as {@code file::id::author}. */
  Optional<String> name() {
    return Optional.ofNullable(running).map(RunningChangeSet::name);
  }

  /** A changeset as Liquibase users read it: {@code file::id::author}. */
  static String name(ChangeSet changeSet) {
    return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
  }
}
