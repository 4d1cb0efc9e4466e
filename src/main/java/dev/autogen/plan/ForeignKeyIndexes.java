package dev.autogen.plan;

import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index InnoDB builds for a foreign key that no index serves. The model leaves it out (the
 * introspection hides it: a mapping never declares it), but dropping the key leaves it behind, an
 * index the desired schema lacks that also blocks {@code ALGORITHM=INSTANT} on its columns; so the
 * plan drops it with the key. Re-adding the key builds it again.
 */
final class ForeignKeyIndexes {

  private ForeignKeyIndexes() {}

  /**
   * The index the server built for {@code fk} in {@code table}: named after the constraint, present
   * when no key or index of the table starts with the key's columns (one that does serves the key,
   * and one added later replaces the built one).
   */
  static Optional<Index> builtFor(Table table, ForeignKey fk) {
    List<List<?>> served = new ArrayList<>();
    table.primaryKey().map(PrimaryKey::columns).ifPresent(served::add);
    table.uniques().stream().map(UniqueConstraint::columns).forEach(served::add);
    table.indexes().stream().filter(i -> !i.isOpaque()).map(Index::columns).forEach(served::add);
    boolean servedElsewhere =
        served.stream()
            .anyMatch(
                cols ->
                    cols.size() >= fk.columns().size()
                        && cols.subList(0, fk.columns().size()).equals(fk.columns()));
    return servedElsewhere
        ? Optional.empty()
        : Optional.of(new Index(fk.name(), fk.columns(), false, Optional.empty()));
  }
}
