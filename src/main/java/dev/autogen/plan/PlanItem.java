package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import java.util.List;

/**
 * Operations that carry out (part of) one change in one step, with the operations that undo them.
 * {@code undo} runs in the order given; the planner reverses items, not the operations inside one.
 *
 * @param rank order inside the step (see {@link Rank})
 * @param lossy whether the undo cannot bring back data the operations removed
 */
record PlanItem(
    StepKind step,
    Rank rank,
    List<Operation> ops,
    List<Operation> undo,
    boolean lossy,
    Assessment assessment) {
  PlanItem {
    ops = List.copyOf(ops);
    undo = List.copyOf(undo);
  }
}
