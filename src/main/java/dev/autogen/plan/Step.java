package dev.autogen.plan;

import dev.autogen.diff.Change;
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
 * @param changes the changes this step (partly) carries out, for summaries
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
    List<Change> changes) {
  public Step {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    changes = List.copyOf(changes);
  }
}
