package dev.autogen.entities;

import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities mapped to a query ({@code @Subselect}) map no table: Hibernate exports none for them,
 * and no foreign key to one (a key to a table that is not physical is not a physical constraint).
 * The join columns that reference such an entity stay in their own tables.
 */
final class SubselectEntities {

  private SubselectEntities() {}

  /** The names the {@code @Subselect} entities would otherwise map as tables. */
  static Set<Identifier> names(MappingContext ctx, List<EntityInfo> entities) {
    return entities.stream()
        .filter(e -> ctx.hibernate(e.type().declaration(), e.type(), "Subselect").isPresent())
        .map(EntityInfo::table)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The tables without those named, and without foreign keys to them. */
  static Map<Identifier, Table> without(Map<Identifier, Table> tables, Set<Identifier> names) {
    if (names.isEmpty()) {
      return tables;
    }
    Map<Identifier, Table> kept = new LinkedHashMap<>();
    for (Table table : tables.values()) {
      if (names.contains(table.name())) {
        continue;
      }
      kept.put(
          table.name(),
          table.withForeignKeys(
              table.foreignKeys().stream()
                  .filter(fk -> !names.contains(fk.referencedTable()))
                  .toList()));
    }
    return kept;
  }
}
