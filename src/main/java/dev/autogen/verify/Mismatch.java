package dev.autogen.verify;

import java.util.List;

/**
 * Why verification stopped: the step it stopped at, what did not hold, and the differences that
 * show it (empty when a statement failed and {@code problem} says which).
 *
 * @param step the file (without {@code .sql}) after which the check failed
 * @param problem one sentence
 * @param differences one change per line, {@code add_column users.bio}, from the schema expected to
 *     the schema found
 */
public record Mismatch(String step, String problem, List<String> differences) {
  public Mismatch {
    differences = List.copyOf(differences);
  }
}
