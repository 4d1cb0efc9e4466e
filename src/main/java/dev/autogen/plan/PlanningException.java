package dev.autogen.plan;

/** A change autogen cannot plan safely without more input; the message says what to give. */
public final class PlanningException extends Exception {
  private static final long serialVersionUID = 1L;

  public PlanningException(String message) {
    super(message);
  }
}
