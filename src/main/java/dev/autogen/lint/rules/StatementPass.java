package dev.autogen.lint.rules;

import dev.autogen.lint.Finding;
import dev.autogen.lint.state.MigrationState;
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

  public StatementPass(List<Finding> findings, MigrationState state, List<String> files) {
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

  /**
   * The first line of {@code file} (a display name) whose statement touches {@code subject} ({@code
   * t} or {@code t.c}), or 1 when no statement names it (a DO block, a dropped object's
   * dependents).
   */
  public int lineIn(String file, String subject) {
    return state.touches().firstIn(file, state.keys().subject(subject)).orElse(1);
  }

  MigrationState state() {
    return state;
  }
}
