package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * Rule {@code non-atomic-migration} (databases without transactional DDL: MySQL, MariaDB): every
 * DDL statement commits on its own, so a file with two of them, or with DDL and a data change,
 * stops half applied when a later statement fails; the history table does not record it, and
 * running it again fails on what the first half already did. Reported once per file, at the
 * statement that makes it non-atomic.
 */
final class NonAtomicMigration implements StatementCheck {
  static final Rule RULE =
      Rule.warning(
          "non-atomic-migration",
          "Several DDL statements, or DDL and data changes, in one file: DDL commits on its own, so a failure leaves the file half applied and the history table disagrees.",
          "One DDL statement per migration file (several actions of one ALTER TABLE are one statement); data changes in files of their own.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    List<LintStatement> file = state.file().statements();
    int ddl = 0;
    int data = 0;
    for (LintStatement o : file) {
      if (isDdl(o)) {
        ddl++;
      } else if (o.kind().isDataChange()) {
        data++;
      } else {
        continue;
      }
      if (ddl >= 2 || (ddl >= 1 && data >= 1)) {
        // the first statement after which a failure would leave the file half applied
        if (o == s) {
          out.add(
              "this statement commits apart from the earlier "
                  + (isDdl(s) && data == 0 ? "DDL" : "statements")
                  + " of the file: if it fails, the file stays half applied and cannot simply be run again",
              s.table());
        }
        return;
      }
    }
  }

  private static boolean isDdl(LintStatement s) {
    return s.kind().isSchemaChange()
        || s.kind() == StatementKind.OPTIMIZE
        || s.kind() == StatementKind.CREATE_FUNCTION;
  }
}
