package dev.autogen.plan;

import java.util.List;

/** Ordered steps that take the current schema to the desired one, each safe at its point. */
public record MigrationPlan(List<Step> steps) {
  public MigrationPlan {
    steps = List.copyOf(steps);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
