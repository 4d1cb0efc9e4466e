package dev.autogen.devdb;

import java.util.Optional;

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

  /**
   * The Liquibase change log this history is, for the commands that work on changesets rather than
   * files ({@code verify} runs them one at a time, {@code lint} reads their formatted SQL); empty
   * for a Flyway history.
   */
  default Optional<LiquibaseReplay> liquibase() {
    return Optional.empty();
  }

  /** This replay followed by {@code next} on the same database. */
  default HistoryReplay then(HistoryReplay next) {
    HistoryReplay first = this;
    return (db, progress) -> {
      first.replay(db, progress);
      next.replay(db, progress);
    };
  }
}
