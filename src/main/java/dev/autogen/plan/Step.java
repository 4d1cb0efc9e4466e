package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import java.util.List;

/**
 * One migration file's worth of work, with its downgrade. {@code transactional} is false for steps
 * whose statements cannot run in a transaction (concurrent index builds); such a step holds nothing
 * else. {@code reversible} is false when the downgrade cannot bring lost data back.
 *
 * @param slug short suffix for the file name, e.g. {@code indexes}
 * @param title one line: what the step changes
 * @param why why the work is split here
 * @param next what must be true before the next step runs
 * @param assessments the classified changes this step (partly) carries out, for headers and
 *     summaries
 */
public record Step(
    Phase phase,
    String slug,
    String title,
    String why,
    String next,
    boolean transactional,
    boolean reversible,
    List<Operation> upgrade,
    List<Operation> downgrade,
    List<Assessment> assessments) {
  public Step {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    assessments = List.copyOf(assessments);
  }

  /**
   * Whether this step carries out part of {@code change} (its assessment here may describe the
   * plan's hazards rather than the classifier's).
   */
  public boolean plans(dev.autogen.diff.Change change) {
    return assessments.stream().anyMatch(a -> a.change().equals(change));
  }

  /** The step's name in a list of steps: its slug, or its phase's word for the expand step. */
  public String label() {
    return slug.isEmpty() ? phase.word() : slug;
  }
}
