package dev.autogen.lint.rules;

import dev.autogen.lint.Rule;
import dev.autogen.lint.Violation;
import dev.autogen.lint.state.Subject;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link StatementCheck} reports: the findings of one rule on one statement, added to the
 * statement's. Every finding stands at the statement's line, so a rule names only what it found.
 *
 * @param rule the rule whose findings these are
 * @param line the statement's line
 * @param out the statement's findings, which this adds to
 */
record Violations(Rule rule, int line, List<Violation> out) {

  /** The rule's finding on the statement, about {@code subject} if any. */
  void add(String message, Optional<String> subject) {
    out.add(rule.at(line, message, subject));
  }

  /** The rule's finding on the statement, about no one object. */
  void add(String message) {
    add(message, Optional.empty());
  }

  /** The rule's finding on the statement about column {@code table.column}. */
  void addAboutColumn(String table, String column, String message) {
    add(message, Optional.of(Subject.text(table, column)));
  }
}
