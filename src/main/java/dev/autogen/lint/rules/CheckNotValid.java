package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementWords;
import dev.autogen.lint.state.MigrationState;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule {@code check-not-valid}: ADD CHECK without NOT VALID scans every row under an ACCESS
 * EXCLUSIVE lock.
 */
final class CheckNotValid implements ExistingAlterRule {
  static final Rule RULE =
      Rule.error(
          "check-not-valid",
          "ADD CHECK without NOT VALID scans every row under an ACCESS EXCLUSIVE lock.",
          "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.");

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    ExistingAlterRule.super.check(s, state, out);
    StatementWords.ofOther(s).ifPresent(w -> domain(s, w, state, out));
  }

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.ADD_CHECK && !a.notValid()) {
      out.add(
          "check "
              + a.constraint().orElse("(" + a.expression().orElse("") + ")")
              + " on existing table "
              + t
              + " scans every row while reads and writes wait",
          Optional.of(t));
    }
  }

  /**
   * {@code ALTER DOMAIN d ADD [CONSTRAINT c] CHECK (...)} without {@code NOT VALID} checks every
   * column of every table that uses the domain, under locks that block their writes; not for a
   * domain the same file creates (no table holds rows of it yet).
   */
  private static void domain(
      LintStatement s, StatementWords w, MigrationState state, Violations out) {
    if (!w.startsWith("ALTER", "DOMAIN") || !w.contains("ADD") || w.contains("NOT", "VALID")) {
      return;
    }
    String domain = w.name(w.word(3).equals(",") || w.word(3).equals("ADD") ? 2 : 3);
    for (LintStatement earlier : state.file().statements()) {
      if (earlier == s) {
        break;
      }
      if (earlier.kind() == StatementKind.OTHER) {
        StatementWords e = StatementWords.of(earlier.source().text());
        if (e.startsWith("CREATE", "DOMAIN") && e.indexOf(domain.toUpperCase(Locale.ROOT)) >= 0) {
          return;
        }
      }
    }
    out.add(
        "the constraint added to domain "
            + domain
            + " checks every column of that domain in every table while their writes wait");
  }
}
