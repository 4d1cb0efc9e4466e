package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import dev.autogen.model.SourceLocation;
import java.util.Optional;

/**
 * A basic field mapped to a column, with the table-level facts it implies.
 *
 * @param fieldColumn the column the field would map to without its explicit {@code @Column(name)},
 *     when that differs from the column: a kept field name, evidence of a column rename
 * @param logicalName the name before the naming strategy (what join columns refer to)
 * @param id whether the field is (part of) the primary key
 * @param unique whether {@code @Column(unique = true)} asks for a unique constraint
 * @param check a check condition the mapping implies (enum values)
 * @param sequence the sequence a generated id draws from
 * @param renamedFrom the previous column name from {@code @RenamedFrom}
 * @param encoding how the field encodes the values (enum constants, converter)
 */
record MappedColumn(
    String logicalName,
    Column column,
    boolean id,
    boolean unique,
    Optional<String> check,
    Optional<Sequence> sequence,
    Optional<Identifier> renamedFrom,
    SourceLocation location,
    Optional<Identifier> fieldColumn,
    ValueEncoding encoding) {

  /**
   * A join column of a relation: not an id or unique by itself, with no check, sequence or field
   * column of its own, and the referenced key's values stored as they are.
   */
  static MappedColumn joinColumn(
      String logicalName,
      Column column,
      Optional<Identifier> renamedFrom,
      SourceLocation location) {
    return new MappedColumn(
        logicalName,
        column,
        false,
        false,
        Optional.empty(),
        Optional.empty(),
        renamedFrom,
        location,
        Optional.empty(),
        ValueEncoding.none());
  }

  /** The same mapping with another column (a nullability relaxed by inheritance). */
  MappedColumn withColumn(Column replacement) {
    return new MappedColumn(
        logicalName,
        replacement,
        id,
        unique,
        check,
        sequence,
        renamedFrom,
        location,
        fieldColumn,
        encoding);
  }
}
