package dev.autogen.entities;

import dev.autogen.model.Identity;
import dev.autogen.model.Sequence;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code @GeneratedValue} asks of the database, following Hibernate 6/7: {@code IDENTITY}
 * makes an identity column; {@code SEQUENCE} and {@code AUTO} on integral ids need a sequence
 * ({@code <table>_SEQ} after the logical table name, which the differential set blog shows for an
 * entity with {@code @Table(name)}; start 1, increment 50, unless a {@code @SequenceGenerator} says
 * otherwise, found on the field, its class or the entity); {@code AUTO} and {@code UUID} on {@code
 * UUID} ids need nothing; {@code TABLE} draws from a table (see {@link TableGenerators}).
 */
final class IdGeneration {

  static final Set<String> STRATEGIES = Set.of("AUTO", "IDENTITY", "SEQUENCE", "TABLE", "UUID");

  private static final int DEFAULT_ALLOCATION = 50;

  /** What a generated id needs: an identity, or a sequence, or neither. */
  record Generation(Optional<Identity> identity, Optional<Sequence> sequence) {
    static Generation none() {
      return new Generation(Optional.empty(), Optional.empty());
    }
  }

  private final MappingContext ctx;
  private final TableGenerators tables;

  IdGeneration(MappingContext ctx) {
    this.ctx = ctx;
    this.tables = new TableGenerators(ctx);
  }

  Generation of(
      PersistentField field, EntityInfo entity, String javaType, AnnotationValues generated) {
    String strategy =
        generated.enumConstant("strategy", "GenerationType", STRATEGIES).orElse("AUTO");
    Optional<String> generator = generated.string("generator");
    switch (strategy) {
      case "IDENTITY":
        return new Generation(Optional.of(Identity.BY_DEFAULT), Optional.empty());
      case "UUID":
        return Generation.none();
      case "TABLE":
        return Generation.none(); // the table is mapped by TableGenerators
      default:
        break;
    }
    if (tables.uses(field, entity, generated)) {
      return Generation.none();
    }
    // Hibernate 7 picks the generator of a generic mapped superclass's id from the type variable,
    // before any subclass binds it: a sequence even when the subclass's id is a UUID
    // (differential set generic_superclass)
    boolean typeVariable = field.typeVariable();
    if (strategy.equals("AUTO") && TypeMapping.isUuid(javaType) && !typeVariable) {
      return Generation.none();
    }
    if (!TypeMapping.isIntegral(javaType) && !typeVariable) {
      warn(
          field,
          generated,
          "@GeneratedValue(" + strategy + ") on a " + javaType + " id is not supported yet");
      return Generation.none();
    }
    if (generator.isPresent() && sequenceGenerator(field, entity, generator).isEmpty()) {
      Optional<AnnotationValues> other =
          ctx.hibernate(field.declaration(), field.owner(), "GenericGenerator");
      if (other.isPresent()) {
        warn(field, generated, "@GenericGenerator is not supported yet; no sequence is created");
        return Generation.none();
      }
    }
    return new Generation(Optional.empty(), Optional.of(sequence(field, entity, generator)));
  }

  private Sequence sequence(PersistentField field, EntityInfo entity, Optional<String> generator) {
    Optional<AnnotationValues> definition = sequenceGenerator(field, entity, generator);
    if (definition.isEmpty()) {
      // Hibernate 6 takes an unknown generator name as the sequence name; its implicit name ends
      // in _SEQ, which only quoting (globally quoted identifiers) keeps in upper case
      String name = generator.orElse(entity.logicalTable() + "_SEQ");
      return new Sequence(ctx.names().physical(name), 1, DEFAULT_ALLOCATION);
    }
    AnnotationValues seq = definition.get();
    String name =
        seq.string("sequenceName")
            .or(() -> seq.string("name"))
            .orElse(entity.logicalTable() + "_SEQ");
    return new Sequence(
        ctx.names().physical(name),
        seq.integer("initialValue").orElse(1),
        seq.integer("allocationSize").orElse(DEFAULT_ALLOCATION));
  }

  private Optional<AnnotationValues> sequenceGenerator(
      PersistentField field, EntityInfo entity, Optional<String> generator) {
    if (generator.isEmpty()) {
      // without a generator name only a @SequenceGenerator on the field itself applies
      return ctx.jpa(field.declaration(), field.owner(), "SequenceGenerator");
    }
    return NamedGenerators.find(ctx, field, entity, "SequenceGenerator", generator.get());
  }

  private void warn(PersistentField field, AnnotationValues at, String message) {
    ctx.diagnostics().warn(field.file(), at.annotation(), message);
  }
}
