package dev.autogen.plan;

import java.util.List;

/**
 * Ordered steps that take the current schema to the desired one, each safe at its point.
 *
 * @param longUniques the tables the server changes only by copying, for the unique key kept as a
 *     hash they hold before or after the plan (known for the whole plan: {@link LongUniqueTables})
 */
public record MigrationPlan(List<Step> steps, LongUniqueTables longUniques) {
  public MigrationPlan {
    steps = List.copyOf(steps);
  }

  /** A plan on tables without a unique key kept as a hash. */
  public MigrationPlan(List<Step> steps) {
    this(steps, LongUniqueTables.none());
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
