package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key InnoDB clusters a table's rows on: its primary key, else a unique key whose columns are
 * all NOT NULL (MySQL reference manual, "Clustered and Secondary Indexes"). The server drops that
 * key in place only when the statement leaves another to cluster on, and otherwise refuses {@code
 * ALGORITHM=INPLACE} ("Dropping a primary key is not allowed without also adding a new primary
 * key", error 1846; tested on MariaDB 10.11, where dropping the last NOT NULL unique key of a table
 * without a primary key counts as that). Spring PetClinic's MySQL join table is such a table: a
 * unique key and no primary key, which Hibernate 7 maps with one.
 *
 * <p>So, where the dialect cannot drop a primary key alone ({@code
 * Capabilities#dropPrimaryKeyAlone}): such a unique key is dropped after the primary key the plan
 * adds to its table (the undo then drops that key while the unique key is back), and a drop that
 * leaves nothing to cluster on, or the undo of a key added to a table with nothing else to cluster
 * on, copies the table.
 */
final class ClusteredKeys {

  private final boolean applies;
  private final Schema current;
  private final Map<Identifier, Identifier> currentNames;
  private final Set<Identifier> keyAdded;
  private final Map<Identifier, Set<Identifier>> uniquesDropped;

  private ClusteredKeys(
      boolean applies,
      Schema current,
      Map<Identifier, Identifier> currentNames,
      Set<Identifier> keyAdded,
      Map<Identifier, Set<Identifier>> uniquesDropped) {
    this.applies = applies;
    this.current = current;
    this.currentNames = Map.copyOf(currentNames);
    this.keyAdded = Set.copyOf(keyAdded);
    this.uniquesDropped = Map.copyOf(uniquesDropped);
  }

  static ClusteredKeys of(Dialect dialect, ChangesByKind byKind, Schema current) {
    Map<Identifier, Identifier> currentNames = new HashMap<>();
    byKind.tablesRenamed().forEach(r -> currentNames.put(r.to(), r.from()));
    Set<Identifier> keyAdded = new HashSet<>();
    byKind.primaryKeysAdded().forEach(k -> keyAdded.add(k.table()));
    Map<Identifier, Set<Identifier>> uniquesDropped = new HashMap<>();
    byKind
        .uniquesDropped()
        .forEach(
            u ->
                uniquesDropped
                    .computeIfAbsent(u.table(), t -> new HashSet<>())
                    .add(u.unique().name()));
    return new ClusteredKeys(
        !dialect.capabilities().dropPrimaryKeyAlone(),
        current,
        currentNames,
        keyAdded,
        uniquesDropped);
  }

  /**
   * Whether dropping {@code unique} from {@code table} (its desired name) waits for the primary key
   * the plan adds to it: the table has no primary key and clusters on this key.
   */
  boolean waitsForNewKey(Identifier table, UniqueConstraint unique) {
    return clustersOn(table, unique) && keyAdded.contains(table);
  }

  /**
   * Whether dropping {@code unique} from {@code table} copies it: nothing is left to cluster on.
   */
  boolean uniqueDropCopies(Identifier table, UniqueConstraint unique) {
    return clustersOn(table, unique) && !keyAdded.contains(table);
  }

  /**
   * Whether dropping the primary key of {@code table}, with no key added in its place, copies it:
   * no unique key over NOT NULL columns stays.
   */
  boolean primaryKeyDropCopies(Identifier table) {
    return applies && currentTable(table).map(t -> keptCandidates(table, t).isEmpty()).orElse(true);
  }

  /**
   * Whether the undo of a primary key added to {@code table} copies it: the table had neither a
   * primary key nor a unique key over NOT NULL columns, so nothing is left to cluster on. (Unique
   * keys the plan drops come back before the key goes: see {@link #waitsForNewKey}.)
   */
  boolean undoOfAddedKeyCopies(Identifier table) {
    return applies
        && currentTable(table)
            .map(t -> t.primaryKey().isEmpty() && candidates(t).isEmpty())
            .orElse(false);
  }

  /** The table has no primary key, and {@code unique} is its last unique key that could cluster. */
  private boolean clustersOn(Identifier table, UniqueConstraint unique) {
    if (!applies) {
      return false;
    }
    Optional<Table> t = currentTable(table);
    return t.isPresent()
        && t.get().primaryKey().isEmpty()
        && notNull(t.get(), unique.columns())
        && keptCandidates(table, t.get()).isEmpty();
  }

  /** The unique keys of {@code t} over NOT NULL columns that the plan does not drop. */
  private List<UniqueConstraint> keptCandidates(Identifier table, Table t) {
    Set<Identifier> dropped = uniquesDropped.getOrDefault(table, Set.of());
    return candidates(t).stream().filter(u -> !dropped.contains(u.name())).toList();
  }

  private static List<UniqueConstraint> candidates(Table t) {
    return t.uniques().stream().filter(u -> notNull(t, u.columns())).toList();
  }

  private static boolean notNull(Table t, List<Identifier> columns) {
    return columns.stream().allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false));
  }

  private Optional<Table> currentTable(Identifier table) {
    return current.table(currentNames.getOrDefault(table, table));
  }
}
