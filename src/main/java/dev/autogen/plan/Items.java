package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import java.util.List;

/** Makes the plan items of one classified change, each tied to its assessment. */
record Items(Assessment assessment) {

  PlanItem item(StepKind step, Rank rank, List<Operation> ops, List<Operation> undo) {
    return new PlanItem(step, rank, ops, undo, false, assessment);
  }

  /** An item whose undo cannot bring back the data its operations removed. */
  PlanItem lossy(StepKind step, Rank rank, List<Operation> ops, List<Operation> undo) {
    return new PlanItem(step, rank, ops, undo, true, assessment);
  }
}
