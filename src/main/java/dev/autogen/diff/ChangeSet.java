package dev.autogen.diff;

import java.util.List;

/** The differences between current and desired schema, plus renames that autogen suspects. */
public record ChangeSet(List<Change> changes, List<RenameSuggestion> suggestions) {
  public ChangeSet {
    changes = List.copyOf(changes);
    suggestions = List.copyOf(suggestions);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
