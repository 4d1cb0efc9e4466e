package dev.autogen.diff;

import dev.autogen.dialect.TableNameCase;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the server compares table names case-insensitively (MySQL and MariaDB with {@code
 * lower_case_table_names} 1 or 2), a desired table spelled {@code Ticket} is the current table
 * {@code ticket}, not a dropped one and an added one. This gives the desired schema the current
 * spelling of such tables, as tables and as foreign key targets, before the differ compares names
 * exactly. A name matching no current table, or two of them, is left as it is. Pure.
 */
public final class TableSpelling {

  private TableSpelling() {}

  /**
   * The desired schema with each table spelled as the current schema spells it under {@code rule}.
   */
  public static Schema alignTo(Schema current, Schema desired, TableNameCase rule) {
    if (rule.caseSensitive()) {
      return desired;
    }
    Map<String, Identifier> byKey = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Table t : current.tables()) {
      if (byKey.putIfAbsent(rule.key(t.name().value()), t.name()) != null) {
        ambiguous.add(rule.key(t.name().value()));
      }
    }
    ambiguous.forEach(byKey::remove);
    List<Table> tables =
        desired.tables().stream()
            .map(
                t ->
                    new Table(
                        spell(t.name(), byKey, rule),
                        t.columns(),
                        t.primaryKey(),
                        t.uniques(),
                        t.indexes(),
                        t.foreignKeys().stream().map(fk -> target(fk, byKey, rule)).toList(),
                        t.checks()))
            .toList();
    return new Schema(tables, desired.sequences());
  }

  private static ForeignKey target(ForeignKey fk, Map<String, Identifier> byKey, TableNameCase r) {
    return new ForeignKey(
        fk.name(),
        fk.columns(),
        spell(fk.referencedTable(), byKey, r),
        fk.referencedColumns(),
        fk.onDelete(),
        fk.onUpdate());
  }

  private static Identifier spell(Identifier name, Map<String, Identifier> byKey, TableNameCase r) {
    return byKey.getOrDefault(r.key(name.value()), name);
  }
}
