package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;

/**
 * Rule {@code index-not-online} (MySQL, MariaDB): {@code CREATE INDEX} or {@code ADD INDEX} /
 * {@code ADD UNIQUE} on an existing table without {@code ALGORITHM=INPLACE, LOCK=NONE} may lock the
 * table's writes for the whole build (or copy it), and {@code ALGORITHM=COPY} / {@code
 * LOCK=SHARED|EXCLUSIVE} does so on purpose.
 */
final class IndexNotOnline implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "index-not-online",
          "CREATE INDEX / ADD INDEX without ALGORITHM=INPLACE, LOCK=NONE may block writes to an existing table while the index is built.",
          "ALTER TABLE t ADD INDEX ... , ALGORITHM=INPLACE, LOCK=NONE (or CREATE INDEX ... ALGORITHM=INPLACE LOCK=NONE): the build runs while writes continue, or the statement fails instead of locking.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    boolean builds =
        s.kind() == StatementKind.CREATE_INDEX
            || s.altersWith(ActionKind.ADD_INDEX, ActionKind.ADD_UNIQUE);
    if (!builds || !state.tables().existing(s.table())) {
      return;
    }
    // INSTANT cannot build an index: only INPLACE (or MariaDB's NOCOPY) with no lock is online
    boolean online =
        s.option(ActionKind.ALGORITHM)
                .filter(a -> a.equals("INPLACE") || a.equals("NOCOPY"))
                .isPresent()
            && s.option(ActionKind.LOCK).filter("NONE"::equals).isPresent();
    if (online) {
      return;
    }
    String t = s.table().get();
    out.add(
        "index on existing table "
            + t
            + (s.asksToBlock()
                ? " is built with a clause that blocks its writes"
                : " without ALGORITHM=INPLACE, LOCK=NONE may block its writes until the build ends"),
        s.table());
  }
}
