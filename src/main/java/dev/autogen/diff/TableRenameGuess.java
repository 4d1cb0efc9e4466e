package dev.autogen.diff;

import dev.autogen.model.Column;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Suggests a table rename when a dropped and an added table have exactly the same columns. */
final class TableRenameGuess {

  private TableRenameGuess() {}

  static List<RenameSuggestion> guess(List<Table> dropped, List<Table> added) {
    Map<Set<String>, List<Table>> addedByShape = new HashMap<>();
    for (Table t : added) {
      addedByShape.computeIfAbsent(shape(t), k -> new ArrayList<>()).add(t);
    }
    List<RenameSuggestion> result = new ArrayList<>();
    for (Table d : dropped) {
      List<Table> candidates = addedByShape.getOrDefault(shape(d), List.of());
      if (candidates.size() == 1) {
        result.add(new RenameSuggestion(Optional.empty(), d.name(), candidates.get(0).name()));
      }
    }
    return result;
  }

  private static Set<String> shape(Table t) {
    return t.columns().stream().map(Column::name).map(n -> n.value()).collect(Collectors.toSet());
  }
}
