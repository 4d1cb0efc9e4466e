package dev.autogen.classify;

import dev.autogen.diff.Change;
import java.util.List;

/** The classifier's verdict on one change: compatibility, the reason in one sentence, hazards. */
public record Assessment(
    Change change, Compatibility compatibility, String reason, List<Hazard> hazards) {
  public Assessment {
    hazards = List.copyOf(hazards);
  }

  public boolean isBreaking() {
    return compatibility == Compatibility.BREAKING;
  }
}
