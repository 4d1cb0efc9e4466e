package dev.autogen.classify;

import java.util.List;

/** What one rule says about a change before sizes are applied: backward verdict and hazards. */
record Judgement(Verdict backward, List<Hazard> hazards) {
  Judgement {
    hazards = List.copyOf(hazards);
  }
}
