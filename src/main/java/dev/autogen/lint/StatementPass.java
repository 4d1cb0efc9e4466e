package dev.autogen.lint;

import java.util.List;

/**
 * The result of linting migration files statement by statement: the findings, and the state the
 * schema check needs (what the files handled with expand/contract steps, where each object was last
 * touched, the renames they made).
 */
public final class StatementPass {
  private final List<Finding> findings;
  private final MigrationState state;
  private final List<String> files;

  StatementPass(List<Finding> findings, MigrationState state, List<String> files) {
    this.findings = List.copyOf(findings);
    this.state = state;
    this.files = List.copyOf(files);
  }

  public List<Finding> findings() {
    return findings;
  }

  /** The linted files, by their display names, in application order. */
  public List<String> files() {
    return files;
  }

  MigrationState state() {
    return state;
  }
}
