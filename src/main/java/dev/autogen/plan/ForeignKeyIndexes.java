package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The index behind a foreign key where the dialect needs one of its own (InnoDB, see {@code
 * Capabilities#foreignKeyNeedsIndex}): the server makes it, named after the constraint, only when
 * it adds the key by copying the table, and leaves it behind when the key is dropped. So a key
 * added in place gets that index first, and a dropped key's index goes with it, unless another
 * index of the table starts with the key's columns (the server uses that one and makes none).
 * Introspection hides such an index, so the schema compares as if the server had made it; where the
 * server named it otherwise (a key added without a name), the introspection's {@link
 * dev.autogen.model.ForeignKeyIndex} gives the name to drop.
 */
final class ForeignKeyIndexes {

  private final boolean needed;
  private final Schema current;
  private final Schema desired;
  private final Map<Identifier, Identifier> currentNames;
  private final PlanOptions.CurrentDatabase database;
  private final Set<Identifier> droppedKeys;

  /** A table's foreign key columns, by the table's desired name. */
  private record KeyColumns(Identifier table, List<Identifier> columns) {}

  /**
   * The foreign keys the plan drops where it adds another over the same columns (a key whose
   * definition changes), by table and columns.
   */
  private final Map<KeyColumns, ForeignKey> replaced;

  private ForeignKeyIndexes(
      boolean needed,
      Schema current,
      Schema desired,
      Map<Identifier, Identifier> currentNames,
      PlanOptions.CurrentDatabase database,
      Set<Identifier> droppedKeys,
      Map<KeyColumns, ForeignKey> replaced) {
    this.needed = needed;
    this.current = current;
    this.desired = desired;
    this.currentNames = Map.copyOf(currentNames);
    this.database = database;
    this.droppedKeys = Set.copyOf(droppedKeys);
    this.replaced = Map.copyOf(replaced);
  }

  static ForeignKeyIndexes of(
      Dialect dialect,
      ChangesByKind byKind,
      Schema current,
      Schema desired,
      PlanOptions.CurrentDatabase database) {
    Map<Identifier, Identifier> currentNames = new HashMap<>();
    byKind.tablesRenamed().forEach(r -> currentNames.put(r.to(), r.from()));
    // unique keys and indexes the plan drops, by name (names are unique within a MySQL table)
    Set<Identifier> droppedKeys = new HashSet<>();
    byKind.uniquesDropped().forEach(u -> droppedKeys.add(u.unique().name()));
    byKind.indexesDropped().forEach(i -> droppedKeys.add(i.index().name()));
    Map<KeyColumns, ForeignKey> replaced = new HashMap<>();
    byKind
        .foreignKeysDropped()
        .forEach(
            d ->
                byKind.foreignKeysAdded().stream()
                    .filter(a -> a.table().equals(d.table()))
                    .filter(a -> a.foreignKey().columns().equals(d.foreignKey().columns()))
                    .findFirst()
                    .ifPresent(
                        a ->
                            replaced.putIfAbsent(
                                new KeyColumns(d.table(), d.foreignKey().columns()),
                                d.foreignKey())));
    return new ForeignKeyIndexes(
        dialect.capabilities().foreignKeyNeedsIndex(),
        current,
        desired,
        currentNames,
        database,
        droppedKeys,
        replaced);
  }

  /**
   * The indexes to build before the unique key or index {@code dropped} of {@code table} (its
   * desired name) goes: a foreign key that stays and has no index of its own uses one that starts
   * with its columns, and InnoDB refuses to drop that one while the key stands (error 1553, "needed
   * in a foreign key constraint"; hawkBit's {@code uk_software_module} is such an index). Such a
   * key gets its own index first, named after it as the server names one; when several dropped keys
   * served it, the first of them by name builds it.
   */
  List<Index> keptThroughDrop(Identifier table, Identifier dropped, List<Identifier> columns) {
    Identifier currentName = currentNames.getOrDefault(table, table);
    Optional<Table> before = current.table(currentName);
    Optional<Table> after = desired.table(table);
    if (!needed || before.isEmpty() || after.isEmpty()) {
      return List.of();
    }
    List<Index> out = new ArrayList<>();
    for (ForeignKey fk : before.get().foreignKeys()) {
      boolean stays = after.get().foreignKeys().stream().anyMatch(k -> sameKey(k, fk));
      if (!stays
          || database.foreignKeyIndex(currentName, fk.name()).isPresent()
          || !startsWith(columns, fk.columns())) {
        continue;
      }
      Stream<Key> others =
          Stream.of(
                  before.get().primaryKey().stream()
                      .map(k -> new Key(Optional.empty(), k.columns())),
                  before.get().uniques().stream()
                      .map(u -> new Key(Optional.of(u.name()), u.columns())),
                  before.get().indexes().stream()
                      .filter(i -> !i.isOpaque())
                      .map(i -> new Key(Optional.of(i.name()), i.columns())))
              .flatMap(s -> s);
      List<Key> serving = others.filter(k -> startsWith(k.columns(), fk.columns())).toList();
      boolean keptServes =
          serving.stream().anyMatch(k -> k.name().filter(droppedKeys::contains).isEmpty());
      boolean firstDropped =
          serving.stream()
              .map(k -> k.name().orElseThrow())
              .min(java.util.Comparator.comparing(Identifier::value))
              .filter(dropped::equals)
              .isPresent();
      if (!keptServes && firstDropped) {
        out.add(new Index(fk.name(), fk.columns(), false, Optional.empty()));
      }
    }
    return out;
  }

  /**
   * The same key on both sides, as the differ pairs keys: by what they reference and do, whatever
   * their names (Hibernate names a key otherwise than a hand-written schema).
   */
  private static boolean sameKey(ForeignKey a, ForeignKey b) {
    return a.name().equals(b.name())
        || (a.columns().equals(b.columns())
            && a.referencedTable().equals(b.referencedTable())
            && a.referencedColumns().equals(b.referencedColumns())
            && a.onDelete() == b.onDelete()
            && a.onUpdate() == b.onUpdate());
  }

  /** A primary key (no name), unique key or index of the current table, by its columns. */
  private record Key(Optional<Identifier> name, List<Identifier> columns) {}

  private static boolean startsWith(List<Identifier> key, List<Identifier> columns) {
    return key.size() >= columns.size() && key.subList(0, columns.size()).equals(columns);
  }

  /**
   * The index to create before {@code fk} is added to {@code table} of the desired schema. An index
   * the plan adds does not count: indexes come after foreign keys in a step ({@link Rank}).
   */
  Optional<Index> toAdd(Identifier table, ForeignKey fk) {
    ForeignKey before = replaced.get(new KeyColumns(table, fk.columns()));
    if (before != null && madeByServer(table, before).isPresent()) {
      // the key it replaces leaves its index to it (leftBehind), under the name it had
      return Optional.empty();
    }
    List<Index> kept =
        current
            .table(currentNames.getOrDefault(table, table))
            .map(Table::indexes)
            .orElse(List.of());
    return own(desired.table(table), kept, fk, fk.name());
  }

  /**
   * The index the server left when {@code fk} of {@code table} (its desired name) is dropped: named
   * as the server named it, which for a key added without a name is not the key's name.
   */
  Optional<Index> leftBehind(Identifier table, ForeignKey fk) {
    if (fk.equals(replaced.get(new KeyColumns(table, fk.columns())))) {
      // a key over the same columns replaces it and uses the index as it is: dropped and built
      // again, it would take that key's name (pets_ibfk_1), not the one the server gave it
      // (owner_id), and the downgrade would build it under the old one only
      return Optional.empty();
    }
    return madeByServer(table, fk);
  }

  /**
   * The index the key {@code fk} of {@code table} replaces (a key over the same columns whose
   * definition changes) leaves to it, when the server named it otherwise than {@code fk}: built
   * again by that name just before {@code fk} is added, since the server would replace an index it
   * made by one named after the new key ({@code owner_id} became {@code pets_ibfk_1}, MariaDB
   * 10.11, tried), as for a key lifted around a type change ({@link #madeOwnBeforeReAdd}).
   */
  Optional<Index> rebuiltBeforeAdd(Identifier table, ForeignKey fk) {
    ForeignKey before = replaced.get(new KeyColumns(table, fk.columns()));
    return before == null
        ? Optional.empty()
        : madeByServer(table, before).filter(i -> !i.name().equals(fk.name()));
  }

  /** The index the server made for the current key {@code fk}, which stays when the key goes. */
  private Optional<Index> madeByServer(Identifier table, ForeignKey fk) {
    Identifier currentName = currentNames.getOrDefault(table, table);
    Optional<Table> t = current.table(currentName);
    Identifier name = database.foreignKeyIndex(currentName, fk.name()).orElse(fk.name());
    return own(t, t.map(Table::indexes).orElse(List.of()), fk, name);
  }

  /**
   * The index the server made for the current key {@code fk} of {@code table} (its current name)
   * under another name than the key's (a key added without a name: its index is named after its
   * first column), to build again by that name before the key is re-added. Both servers drop an
   * index they made for a key once another index can serve it, and re-adding the key makes one
   * named after the key, so the old index would give way to it (MariaDB 10.11, tried: {@code
   * owner_id} became {@code pets_ibfk_1}); an index built by {@code ADD INDEX} is the table's own,
   * which the re-added key uses as it is.
   */
  Optional<Index> madeOwnBeforeReAdd(Identifier table, ForeignKey fk) {
    return database
        .foreignKeyIndex(table, fk.name())
        .filter(name -> needed && !name.equals(fk.name()))
        .map(name -> new Index(name, fk.columns(), false, Optional.empty()));
  }

  private Optional<Index> own(
      Optional<Table> table, List<Index> indexes, ForeignKey fk, Identifier name) {
    if (!needed || table.isEmpty() || startsAnyKey(table.get(), indexes, fk.columns())) {
      return Optional.empty();
    }
    return Optional.of(new Index(name, fk.columns(), false, Optional.empty()));
  }

  private static boolean startsAnyKey(Table t, List<Index> indexes, List<Identifier> columns) {
    Stream<List<Identifier>> keys =
        Stream.of(
                t.primaryKey().stream().map(pk -> pk.columns()),
                t.uniques().stream().map(u -> u.columns()),
                indexes.stream().filter(i -> !i.isOpaque()).map(Index::columns))
            .flatMap(s -> s);
    return keys.anyMatch(
        k -> k.size() >= columns.size() && k.subList(0, columns.size()).equals(columns));
  }
}
