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
 * UUID} ids need nothing; {@code TABLE} draws from a table (see {@link TableGenerators}); a
 * generator name that a Hibernate {@code @GenericGenerator} declares is read by {@link
 * GenericGenerators}.
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
  private final GenericGenerators generics;

  IdGeneration(MappingContext ctx) {
    this.ctx = ctx;
    this.generics = new GenericGenerators(ctx);
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
    if (TableGenerators.uses(ctx, field, entity, generated)) {
      return Generation.none();
    }
    // Hibernate 7.4 honours a @GenericGenerator only under AUTO: with SEQUENCE it takes the
    // generator's name as the sequence's, as for a name nothing declares (generic_generators)
    Optional<AnnotationValues> generic =
        generator
            .filter(g -> strategy.equals("AUTO"))
            .filter(g -> sequenceGenerator(field, entity, generator).isEmpty())
            .flatMap(g -> generics.find(field, entity, g));
    if (generic.isPresent()) {
      return ofGeneric(field, entity, javaType, generic.get());
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
    return new Generation(Optional.empty(), Optional.of(sequence(field, entity, generator)));
  }

  /**
   * What the id's {@code @GenericGenerator} asks of the database (see {@link GenericGenerators}).
   */
  private Generation ofGeneric(
      PersistentField field, EntityInfo entity, String javaType, AnnotationValues definition) {
    GenericGenerators.Effect effect = generics.effect(definition, entity);
    if (effect instanceof GenericGenerators.IdentityColumn) {
      return new Generation(Optional.of(Identity.BY_DEFAULT), Optional.empty());
    }
    if (effect instanceof GenericGenerators.Sequenced sequenced) {
      if (TypeMapping.isIntegral(javaType) || field.typeVariable()) {
        return new Generation(Optional.empty(), Optional.of(sequenced.sequence()));
      }
      warn(field, definition, "a sequence for a " + javaType + " id is not supported yet");
    }
    if (effect instanceof GenericGenerators.Unreadable unreadable) {
      warn(
          field,
          definition,
          unreadable.why()
              + " (generator '"
              + definition.string("name").orElse("")
              + "') is not supported yet; no sequence is created");
    }
    // a table standing in for the sequence is mapped by TableGenerators
    return Generation.none();
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
      // without a generator name a @SequenceGenerator on the field itself applies, else an
      // unnamed one of the entity's package
      return ctx.jpa(field.declaration(), field.owner(), "SequenceGenerator")
          .or(() -> NamedGenerators.unnamedOfPackage(ctx, entity));
    }
    return NamedGenerators.find(ctx, field, entity, "SequenceGenerator", generator.get());
  }

  private void warn(PersistentField field, AnnotationValues at, String message) {
    ctx.diagnostics().warn(field.file(), at.annotation(), message);
  }
}
