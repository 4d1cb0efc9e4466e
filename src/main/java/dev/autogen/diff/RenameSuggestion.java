package dev.autogen.diff;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * A dropped and an added object that look like one renamed object. autogen never acts on a guess:
 * it prints how to confirm the rename ({@code @RenamedFrom} or {@code --rename}).
 */
public record RenameSuggestion(Optional<Identifier> table, Identifier from, Identifier to) {

  /** The {@code --rename} argument that would confirm this suggestion. */
  public String renameOption() {
    return table.map(t -> t + "." + from + "=" + to).orElse(from + "=" + to);
  }
}
