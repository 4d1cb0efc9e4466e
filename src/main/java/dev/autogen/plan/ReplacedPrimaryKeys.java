package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  private final IdentifierRules names;
  private final Map<Identifier, PrimaryKey> byTable;

  private ReplacedPrimaryKeys(IdentifierRules names, Map<Identifier, PrimaryKey> byTable) {
    this.names = names;
    this.byTable = Map.copyOf(byTable);
  }

  static ReplacedPrimaryKeys of(Dialect dialect, ChangesByKind byKind) {
    if (dialect.capabilities().dropPrimaryKeyAlone()) {
      return new ReplacedPrimaryKeys(dialect.identifiers(), Map.of());
    }
    Map<Identifier, PrimaryKey> dropped = new HashMap<>();
    Set<Identifier> added = new HashSet<>();
    byKind.primaryKeysDropped().forEach(d -> dropped.put(d.table(), d.primaryKey()));
    byKind.primaryKeysAdded().forEach(k -> added.add(k.table()));
    dropped.keySet().retainAll(added);
    return new ReplacedPrimaryKeys(dialect.identifiers(), dropped);
  }

  /** Whether the key dropped from {@code table} is dropped by the add of its successor. */
  boolean droppedByTheAdd(Identifier table) {
    return byTable.containsKey(table);
  }

  /**
   * The item that adds {@code key} (named) to {@code table} in {@code step}, dropping in the same
   * statement the key it replaces; its undo puts the old key back the same way. Empty when the add
   * drops no key, and the add and the drop are planned on their own.
   */
  Optional<PlanItem> replacing(Items out, StepKind step, Identifier table, PrimaryKey key) {
    return Optional.ofNullable(byTable.get(table))
        .map(
            old -> {
              Identifier oldName = old.name().orElse(names.primaryKeyName(table));
              Identifier name = key.name().orElseThrow();
              return out.item(
                  step,
                  Rank.ADD_CONSTRAINT,
                  List.of(AddPrimaryKey.replacing(table, key, oldName)),
                  List.of(
                      AddPrimaryKey.replacing(
                          table, new PrimaryKey(Optional.of(oldName), old.columns()), name)));
            });
  }
}
