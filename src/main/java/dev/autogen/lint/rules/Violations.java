package dev.autogen.lint.rules;

import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.Subject;
import java.util.List;
import java.util.Optional;

/** Where a {@link StatementCheck} reports: the findings of one rule, added to the statement's. */
final class Violations {
  private final Rule rule;
  private final List<Violation> out;

  Violations(Rule rule, List<Violation> out) {
    this.rule = rule;
    this.out = out;
  }

  /** The rule's finding on the statement at {@code line}, about {@code subject} if any. */
  void add(int line, String message, Optional<String> subject) {
    out.add(rule.at(line, message, subject));
  }

  /** The rule's finding on the statement at {@code line} about column {@code table.column}. */
  void addAboutColumn(int line, String table, String column, String message) {
    add(line, message, Optional.of(Subject.text(table, column)));
  }
}
