package dev.autogen.lint.rules;

import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
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
}
