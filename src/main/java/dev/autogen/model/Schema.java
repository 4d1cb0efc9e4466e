package dev.autogen.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole schema, current (read from the database) or desired (read from the entities). Tables and
 * sequences are kept sorted by name so that every stage's text form is stable.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {
  public Schema {
    tables = tables.stream().sorted(java.util.Comparator.comparing(Table::name)).toList();
    sequences = sequences.stream().sorted(java.util.Comparator.comparing(Sequence::name)).toList();
  }

  public static Schema empty() {
    return new Schema(List.of(), List.of());
  }

  public Optional<Table> table(Identifier name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
