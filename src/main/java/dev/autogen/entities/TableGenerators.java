package dev.autogen.entities;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The table a table-generated id draws from, as Hibernate 7 exports it: {@code
 * GenerationType.TABLE}, or a generator name that a {@code @TableGenerator} of the entity declares,
 * needs a table: {@code @TableGenerator(table)}, else the generator's name, else {@code
 * hibernate_sequences}; with a {@code varchar(255)} primary key column {@code sequence_name}/{@code
 * pkColumnName} and a {@code bigint} column {@code next_val}/{@code valueColumnName}. Hibernate
 * also writes the generator's first row; the generator inserts it itself when it is missing, so the
 * row is not part of the schema. A sequence-style {@code @GenericGenerator} forced to a table
 * ({@link GenericGenerators}) draws from a table of one value column.
 */
final class TableGenerators {

  private static final String DEFAULT_TABLE = "hibernate_sequences";

  private final MappingContext ctx;

  TableGenerators(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** Whether the id's {@code @GeneratedValue} draws from a table. */
  static boolean uses(
      MappingContext ctx, PersistentField field, EntityInfo entity, AnnotationValues generated) {
    return generated
            .enumConstant("strategy", "GenerationType", IdGeneration.STRATEGIES)
            .filter("TABLE"::equals)
            .isPresent()
        || generated
            .string("generator")
            .flatMap(g -> NamedGenerators.find(ctx, field, entity, "TableGenerator", g))
            .isPresent();
  }

  /** The generator table of the id field, when it draws from one. */
  Optional<Table> table(PersistentField field, EntityInfo entity) {
    Optional<AnnotationValues> generated =
        ctx.jpa(field.declaration(), field.owner(), "GeneratedValue");
    if (generated.isEmpty()) {
      return Optional.empty();
    }
    if (!uses(ctx, field, entity, generated.get())) {
      return generated.get().string("generator").flatMap(g -> sequenceTable(field, entity, g));
    }
    Optional<AnnotationValues> definition =
        generated
            .get()
            .string("generator")
            .flatMap(g -> NamedGenerators.find(ctx, field, entity, "TableGenerator", g))
            .or(() -> ctx.jpa(field.declaration(), field.owner(), "TableGenerator"));
    definition.ifPresent(d -> warnIgnored(field, d));
    // without a table name Hibernate names the table after the generator
    String table =
        definition.flatMap(d -> d.string("table").or(() -> d.string("name"))).orElse(DEFAULT_TABLE);
    Identifier key =
        ctx.names()
            .physical(definition.flatMap(d -> d.string("pkColumnName")).orElse("sequence_name"));
    Identifier value =
        ctx.names()
            .physical(definition.flatMap(d -> d.string("valueColumnName")).orElse("next_val"));
    TableBuilder builder = new TableBuilder(ctx.names().physical(table), ctx.diagnostics());
    builder.addColumn(
        new Column(
            key,
            ctx.dialect()
                .types()
                .forKind(
                    JdbcKind.VARCHAR,
                    new ColumnSize(OptionalInt.of(255), OptionalInt.empty(), OptionalInt.empty())),
            false,
            Optional.empty(),
            Optional.empty()),
        field.file().at(field.variable()));
    builder.addColumn(valueColumn(value), field.file().at(field.variable()));
    builder.addPrimaryKeyColumn(key);
    return Optional.of(builder.build());
  }

  /**
   * The table of a sequence-style {@code @GenericGenerator} with {@code force_table_use}: one
   * nullable {@code bigint} value column and no key (OpenOLAT's {@code hibernate_unique_key}).
   */
  private Optional<Table> sequenceTable(PersistentField field, EntityInfo entity, String name) {
    GenericGenerators generics = new GenericGenerators(ctx);
    return generics
        .find(field, entity, name)
        .map(d -> generics.effect(d, entity))
        .filter(GenericGenerators.SequenceTable.class::isInstance)
        .map(GenericGenerators.SequenceTable.class::cast)
        .map(
            t -> {
              TableBuilder builder = new TableBuilder(t.table(), ctx.diagnostics());
              builder.addColumn(valueColumn(t.valueColumn()), field.file().at(field.variable()));
              return builder.build();
            });
  }

  private Column valueColumn(Identifier name) {
    return new Column(
        name,
        ctx.dialect().types().forKind(JdbcKind.BIGINT, ColumnSize.none()),
        true,
        Optional.empty(),
        Optional.empty());
  }

  private void warnIgnored(PersistentField field, AnnotationValues definition) {
    for (String part : List.of("schema", "catalog")) {
      definition
          .string(part)
          .ifPresent(
              v ->
                  ctx.diagnostics()
                      .warn(
                          field.file(),
                          definition.annotation(),
                          "@TableGenerator(" + part + ") is ignored; autogen compares one schema"));
    }
    if (!definition.annotations("uniqueConstraints").isEmpty()
        || !definition.annotations("indexes").isEmpty()) {
      ctx.diagnostics()
          .warn(
              field.file(),
              definition.annotation(),
              "@TableGenerator(uniqueConstraints, indexes) are not supported yet; ignored");
    }
  }
}
