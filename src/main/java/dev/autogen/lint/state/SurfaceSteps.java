package dev.autogen.lint.state;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.model.Schema;
import java.util.List;

/**
 * The schema before the linted files, and the {@link Surface} after each of them, in the order they
 * were applied: what the check that both code versions work at every step of a rollout reads.
 */
public record SurfaceSteps(Schema before, List<SurfaceSteps.Step> steps) {
  /** The surface after one linted file was applied. */
  public record Step(MigrationFile file, Surface after) {}

  public SurfaceSteps {
    steps = List.copyOf(steps);
  }

  /** The schema after the last linted file (the same as before when there is none). */
  public Schema after() {
    return steps.isEmpty() ? before : steps.get(steps.size() - 1).after().schema();
  }
}
