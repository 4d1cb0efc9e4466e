package dev.autogen.plan;

/** Where a step sits in an expand/contract rollout. */
public enum Phase {
  /** Safe while the old code still runs: only adds or relaxes. */
  EXPAND,
  /** Moves data; runs after expand, may run long, batch-friendly. */
  BACKFILL,
  /**
   * Swaps a column for the new one filled beside it (a type change without a rewrite): a brief
   * lock, while the old version still runs, which the new type keeps working (it only widens).
   */
  SWITCH,
  /**
   * Removes or tightens; runs only once no old code is left, so it waits in the deferred folder.
   */
  CONTRACT;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
