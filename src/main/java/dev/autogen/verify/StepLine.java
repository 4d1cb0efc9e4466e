package dev.autogen.verify;

import java.time.Duration;
import java.util.Locale;

/**
 * One line of the report: a step applied, undone or applied again, and how long it took.
 *
 * @param action {@code apply}, {@code undo} or {@code re-apply}
 * @param file the file run, without {@code .sql}
 * @param kind the step kind ({@code expand}, {@code contract}...)
 */
public record StepLine(String action, String file, String kind, Duration took) {

  /** {@code ok V3_2__add_x expand 0.12s}, with the action after the kind unless it is apply. */
  public String text() {
    String seconds = String.format(Locale.ROOT, "%.2fs", took.toNanos() / 1e9);
    return "ok " + file + " " + kind + (action.equals("apply") ? "" : " " + action) + " " + seconds;
  }
}
