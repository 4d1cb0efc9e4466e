package dev.autogen.render;

import java.util.List;

/**
 * What {@code liquibase/changelog.sql} sees: the changesets of one formatted SQL changelog file.
 * Statements arrive with their terminators ({@code ;}, or a {@code /} line where the changeset
 * declares {@code endDelimiter:/}); rollback lines arrive without the {@code --rollback} prefix and
 * without blank lines (Liquibase would read a bare {@code --rollback} as SQL).
 */
record ChangelogView(String revision, String file, List<ChangeSetView> changeSets) {

  ChangelogView {
    changeSets = List.copyOf(changeSets);
  }

  /**
   * One step as one changeset.
   *
   * @param comment the step's title on one line, for Liquibase's {@code --comment:}
   * @param step the header fields the Flyway layout shows too
   * @param slashDelimited statements end with a {@code /} line ({@code endDelimiter:/}), for bodies
   *     whose own {@code ;} must not end them (MySQL procedures)
   */
  record ChangeSetView(
      String author,
      String id,
      String comment,
      FileView step,
      boolean outsideTransaction,
      boolean slashDelimited,
      boolean rollbackSlashDelimited,
      List<String> statements,
      List<String> rollback) {
    ChangeSetView {
      statements = List.copyOf(statements);
      rollback = List.copyOf(rollback);
    }
  }
}
