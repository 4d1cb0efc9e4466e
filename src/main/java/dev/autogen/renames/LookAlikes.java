package dev.autogen.renames;

import dev.autogen.diff.ColumnAdded;
import dev.autogen.diff.ColumnDropped;
import dev.autogen.diff.RenameSuggestion;
import dev.autogen.diff.TableAdded;
import dev.autogen.diff.TableDropped;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drop + add pairs that look like one renamed object: a dropped column with exactly one added
 * column of the same type in its table; a dropped table with exactly one added table of the same
 * column names. autogen never acts on a look-alike: it prints how to confirm the rename.
 */
final class LookAlikes {

  private LookAlikes() {}

  static List<RenameSuggestion> of(DropsAndAdds changes) {
    List<RenameSuggestion> result = new ArrayList<>(columns(changes));
    result.addAll(tables(changes));
    return result;
  }

  private static List<RenameSuggestion> columns(DropsAndAdds changes) {
    List<RenameSuggestion> result = new ArrayList<>();
    for (ColumnDropped d : changes.columns().dropped()) {
      List<Column> sameType =
          changes.columns().added().stream()
              .filter(a -> a.table().equals(d.table()))
              .map(ColumnAdded::column)
              .filter(a -> a.type().equals(d.column().type()))
              .toList();
      if (sameType.size() == 1) {
        result.add(
            new RenameSuggestion(
                Optional.of(d.table()), d.column().name(), sameType.get(0).name()));
      }
    }
    return result;
  }

  private static List<RenameSuggestion> tables(DropsAndAdds changes) {
    Map<Set<String>, List<Table>> addedByShape = new HashMap<>();
    for (TableAdded a : changes.tables().added()) {
      addedByShape.computeIfAbsent(shape(a.table()), k -> new ArrayList<>()).add(a.table());
    }
    // by name, as the differ met them (it lists drops in foreign-key order)
    List<Table> dropped =
        changes.tables().dropped().stream()
            .map(TableDropped::table)
            .sorted(Comparator.comparing(Table::name))
            .toList();
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
    return t.columns().stream()
        .map(Column::name)
        .map(Identifier::value)
        .collect(Collectors.toSet());
  }
}
