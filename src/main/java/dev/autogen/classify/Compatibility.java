package dev.autogen.classify;

/** Whether the code that is still running keeps working once a change is applied. */
public enum Compatibility {
  /** The old code runs unchanged on the new schema. */
  SAFE,
  /** The old code can fail (or lose data) on the new schema; the change needs a multi-step plan. */
  BREAKING;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
