package dev.autogen.diff;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the server compares column names case-insensitively (MySQL, MariaDB), a desired column
 * spelled {@code Vet_id} is the current column {@code vet_id}, not a dropped one and an added one.
 * This gives the desired schema the current spelling of such columns, everywhere they are named
 * (columns, keys, indexes, foreign keys and the columns those reference), before the differ
 * compares names exactly. A column whose spelling matches no current column, or more than one, is
 * left as it is. Pure.
 */
public final class ColumnSpelling {

  private ColumnSpelling() {}

  /** The desired schema with each column spelled as the current table spells it. */
  public static Schema alignTo(Schema current, Schema desired) {
    Map<Identifier, Map<String, Identifier>> spellings = new HashMap<>();
    for (Table t : current.tables()) {
      spellings.put(t.name(), spellingsOf(t));
    }
    List<Table> tables =
        desired.tables().stream()
            .map(t -> align(t, spellings.getOrDefault(t.name(), Map.of()), spellings))
            .toList();
    return new Schema(tables, desired.sequences());
  }

  /** Lower-cased name to the current spelling, for names no other column shares ignoring case. */
  private static Map<String, Identifier> spellingsOf(Table t) {
    Map<String, Identifier> byKey = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Column c : t.columns()) {
      String key = key(c.name());
      if (byKey.putIfAbsent(key, c.name()) != null) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(byKey::remove);
    return byKey;
  }

  private static Table align(
      Table t, Map<String, Identifier> own, Map<Identifier, Map<String, Identifier>> all) {
    if (own.isEmpty() && t.foreignKeys().isEmpty()) {
      return t;
    }
    Set<Identifier> exact = new HashSet<>();
    t.columns().forEach(c -> exact.add(c.name()));
    Map<String, Identifier> usable = new HashMap<>(own);
    // a desired column that already has an exact twin keeps its spelling
    for (Column c : t.columns()) {
      Identifier current = own.get(key(c.name()));
      if (current != null && !current.equals(c.name()) && exact.contains(current)) {
        usable.remove(key(c.name()));
      }
    }
    return new Table(
        t.name(),
        t.columns().stream().map(c -> c.withName(spell(c.name(), usable))).toList(),
        t.primaryKey().map(pk -> new PrimaryKey(pk.name(), spell(pk.columns(), usable))),
        t.uniques().stream()
            .map(u -> new UniqueConstraint(u.name(), spell(u.columns(), usable)))
            .toList(),
        t.indexes().stream()
            .map(
                i ->
                    new Index(
                        i.name(), spell(i.columns(), usable), i.unique(), i.opaqueDefinition()))
            .toList(),
        t.foreignKeys().stream()
            .map(
                fk ->
                    new ForeignKey(
                        fk.name(),
                        spell(fk.columns(), usable),
                        fk.referencedTable(),
                        spell(
                            fk.referencedColumns(),
                            Optional.ofNullable(all.get(fk.referencedTable())).orElse(Map.of())),
                        fk.onDelete(),
                        fk.onUpdate()))
            .toList(),
        t.checks());
  }

  private static List<Identifier> spell(List<Identifier> names, Map<String, Identifier> usable) {
    return names.stream().map(n -> spell(n, usable)).toList();
  }

  private static Identifier spell(Identifier name, Map<String, Identifier> usable) {
    return usable.getOrDefault(key(name), name);
  }

  private static String key(Identifier name) {
    return name.value().toLowerCase(Locale.ROOT);
  }
}
