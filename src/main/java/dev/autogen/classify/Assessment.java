package dev.autogen.classify;

import dev.autogen.diff.Change;
import java.util.List;

/**
 * The classifier's verdict on one change. Two questions are answered separately:
 *
 * <ul>
 *   <li>{@code backward}: does the <em>old</em> code (still running) work on the new schema? This
 *       decides whether the change must be split into expand / backfill / contract steps.
 *   <li>{@code forward}: does the <em>new</em> code work on the old schema? This matters while a
 *       deploy rolls out before the migration ran, and after a schema downgrade under new code.
 * </ul>
 *
 * {@link #compatibility()} and {@link #reason()} are the backward answer, the one plans follow.
 */
public record Assessment(Change change, Verdict backward, Verdict forward, List<Hazard> hazards) {
  public Assessment {
    hazards = List.copyOf(hazards);
  }

  /** The backward verdict: whether the old code keeps working once the change is applied. */
  public Compatibility compatibility() {
    return backward.compatibility();
  }

  /** The reason of the backward verdict. */
  public String reason() {
    return backward.reason();
  }

  public boolean isBreaking() {
    return backward.isBreaking();
  }

  /** The most severe hazard's severity, {@link Severity#INFO} without hazards. */
  public Severity severity() {
    return hazards.stream().map(Hazard::severity).max(Enum::compareTo).orElse(Severity.INFO);
  }
}
