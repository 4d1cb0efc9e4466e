package dev.autogen.diff;

import java.util.List;

/**
 * The differences between current and desired schema, plus renames that autogen suspects.
 *
 * @param suggestions look-alike drop/add pairs; the differ leaves them empty, the renames stage
 *     ({@code dev.autogen.renames}) fills them in
 */
public record ChangeSet(List<Change> changes, List<RenameSuggestion> suggestions) {
  public ChangeSet {
    changes = List.copyOf(changes);
    suggestions = List.copyOf(suggestions);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
