package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The primary keys a plan replaces in one statement: where the dialect cannot drop a key alone
 * (InnoDB, see {@code Capabilities#dropPrimaryKeyAlone}), a table whose key is dropped and another
 * added has no drop of its own; the add drops the old key in its {@code ALTER TABLE}, and its undo
 * puts the old key back the same way.
 */
final class ReplacedPrimaryKeys {

  private final Map<Identifier, PrimaryKey> byTable;

  private ReplacedPrimaryKeys(Map<Identifier, PrimaryKey> byTable) {
    this.byTable = Map.copyOf(byTable);
  }

  static ReplacedPrimaryKeys of(Dialect dialect, ChangesByKind byKind) {
    if (dialect.capabilities().dropPrimaryKeyAlone()) {
      return new ReplacedPrimaryKeys(Map.of());
    }
    Map<Identifier, PrimaryKey> dropped = new HashMap<>();
    Set<Identifier> added = new HashSet<>();
    byKind.primaryKeysDropped().forEach(d -> dropped.put(d.table(), d.primaryKey()));
    byKind.primaryKeysAdded().forEach(k -> added.add(k.table()));
    dropped.keySet().retainAll(added);
    return new ReplacedPrimaryKeys(dropped);
  }

  /** The key that the key added to {@code table} replaces, if the add drops it. */
  Optional<PrimaryKey> replacedIn(Identifier table) {
    return Optional.ofNullable(byTable.get(table));
  }
}
