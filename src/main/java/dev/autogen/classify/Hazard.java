package dev.autogen.classify;

/**
 * One hazard of one change: its stable code, how severe it is for this table, a message that names
 * the object, and the safer way to get the same result.
 */
public record Hazard(HazardCode code, Severity severity, String message, String safeAlternative) {

  /** A hazard with its code's default severity and safe alternative. */
  public Hazard(HazardCode code, String message) {
    this(code, code.defaultSeverity(), message, code.safeAlternative());
  }

  public Hazard withSeverity(Severity s) {
    return new Hazard(code, s, message, safeAlternative);
  }

  public Hazard withSafeAlternative(String alternative) {
    return new Hazard(code, severity, message, alternative);
  }
}
