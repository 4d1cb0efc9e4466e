package dev.autogen.devdb;

/**
 * Brings a fresh dev database to the state the project's migration history describes, with the
 * engine the project itself uses: the real Flyway for a Flyway folder ({@link FlywayReplay}), the
 * real Liquibase for a changelog ({@link LiquibaseReplay}). Which one a project needs is decided
 * from its configuration by the caller; this interface only runs it.
 */
public interface HistoryReplay {
  /**
   * Applies the history to {@code db}.
   *
   * @throws MigrationReplayException naming the file (and line, where the engine tells it) that
   *     failed, or the reason the history cannot be replayed (a Java migration)
   */
  void replay(DevDatabase db, ProgressListener progress) throws MigrationReplayException;

  /** This replay followed by {@code next} on the same database. */
  default HistoryReplay then(HistoryReplay next) {
    HistoryReplay first = this;
    return (db, progress) -> {
      first.replay(db, progress);
      next.replay(db, progress);
    };
  }
}
