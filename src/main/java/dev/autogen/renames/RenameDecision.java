package dev.autogen.renames;

import dev.autogen.diff.ChangeSet;
import java.util.List;

/**
 * The outcome of the rename stage.
 *
 * @param changes the changes to classify, with the look-alike pairs as suggestions
 * @param questions the pairs that are most likely renames; generating migrations waits for the
 *     user's answer while there are any
 */
public record RenameDecision(ChangeSet changes, List<RenameQuestion> questions) {
  public RenameDecision {
    questions = List.copyOf(questions);
  }
}
