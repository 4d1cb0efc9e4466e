package dev.autogen.lint.rules;

import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code truncate-table}: {@code TRUNCATE} deletes every row of an existing table under an
 * ACCESS EXCLUSIVE lock; with {@code CASCADE} it also empties every table whose foreign keys point
 * at it, which the statement does not name.
 */
final class TruncateTable implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "truncate-table",
          "TRUNCATE deletes every row of an existing table (with CASCADE, also of the tables referencing it).",
          "Delete the rows you mean in batches (DELETE ... WHERE), or copy the table aside first; never CASCADE in a migration.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    if (s.kind() != StatementKind.TRUNCATE) {
      return;
    }
    StatementWords w = StatementWords.of(s.source().text());
    boolean cascade = w.contains("CASCADE");
    List<String> existing = new ArrayList<>();
    for (String table : tables(w)) {
      if (state.tables().existing(Optional.of(table))) {
        existing.add(table);
      }
    }
    if (existing.isEmpty() && !cascade) {
      return;
    }
    String named = existing.isEmpty() ? String.join(", ", tables(w)) : String.join(", ", existing);
    out.add(
        "TRUNCATE "
            + named
            + " deletes every row"
            + (cascade ? ", and CASCADE also empties every table with a foreign key to it" : ""),
        existing.isEmpty() ? Optional.empty() : Optional.of(existing.get(0)));
  }

  /** The tables of {@code TRUNCATE [TABLE] [ONLY] a [*], b ... [options]}. */
  private static List<String> tables(StatementWords w) {
    List<String> out = new ArrayList<>();
    boolean expectName = true;
    for (int i = 1; i < w.size(); i++) {
      String word = w.word(i);
      if (word.equals(",")) {
        expectName = true;
      } else if ((i == 1 && word.equals("TABLE")) || word.equals("ONLY")) {
        continue;
      } else if (word.equals("RESTART")
          || word.equals("CONTINUE")
          || word.equals("CASCADE")
          || word.equals("RESTRICT")) {
        break;
      } else if (expectName) {
        out.add(w.name(i));
        expectName = false;
      } else if (!out.isEmpty()) {
        // schema.table: the last part names the table
        out.set(out.size() - 1, w.name(i));
      }
    }
    return out;
  }
}
