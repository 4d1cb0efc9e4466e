package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * Tells a rule with running per-file flags when the linter has moved on to the next file. Rules see
 * every statement of a linted file in order, so they keep flags rather than rescanning the
 * statements before each one (quadratic in the file's length).
 */
final class FileStart {
  /** The file last seen (its statement list, compared by identity). */
  private List<LintStatement> file = List.of();

  /** Whether the statement being checked is the first this rule sees of its file. */
  boolean isNew(MigrationState state) {
    if (state.file().statements() == file) {
      return false;
    }
    file = state.file().statements();
    return true;
  }
}
