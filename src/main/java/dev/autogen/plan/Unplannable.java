package dev.autogen.plan;

/**
 * Carries a planning error out of the change visitor, which cannot throw checked exceptions; the
 * {@link Planner} turns it into a {@link PlanningException}.
 */
final class Unplannable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unplannable(String message) {
    super(message);
  }
}
