package dev.autogen.entities;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import dev.autogen.model.Identity;
import dev.autogen.model.Sequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code @GeneratedValue} asks of the database, following Hibernate 6/7: {@code IDENTITY}
 * makes an identity column; {@code SEQUENCE} and {@code AUTO} on integral ids need a sequence
 * ({@code <table>_SEQ} after the logical table name, which the differential set blog shows for an
 * entity with {@code @Table(name)}; start 1, increment 50, unless a {@code @SequenceGenerator} says
 * otherwise); {@code AUTO} and {@code UUID} on {@code UUID} ids need nothing.
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
  private Map<String, AnnotationValues> globalGenerators;

  IdGeneration(MappingContext ctx) {
    this.ctx = ctx;
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
        warn(field, generated, "table generators are not supported yet; no table is created");
        return Generation.none();
      default:
        break;
    }
    if (strategy.equals("AUTO") && TypeMapping.isUuid(javaType)) {
      return Generation.none();
    }
    if (!TypeMapping.isIntegral(javaType)) {
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
      // Hibernate 6 takes an unknown generator name as the sequence name
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
    Optional<AnnotationValues> onField =
        ctx.jpa(field.declaration(), field.owner(), "SequenceGenerator");
    if (onField.isPresent()
        && (generator.isEmpty() || generator.equals(onField.get().string("name")))) {
      return onField;
    }
    if (generator.isEmpty()) {
      return Optional.empty();
    }
    for (TypeRef type : List.of(field.owner(), entity.type())) {
      for (AnnotationValues candidate : declared(type.declaration(), type)) {
        if (generator.equals(candidate.string("name"))) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.ofNullable(globalGenerators().get(generator.get()));
  }

  /** Generators are global in JPA: any class or field of the sources may declare one. */
  private Map<String, AnnotationValues> globalGenerators() {
    if (globalGenerators == null) {
      globalGenerators = new HashMap<>();
      for (TypeRef type : ctx.index().types()) {
        collect(type.declaration(), type);
        for (FieldDeclaration f : type.declaration().getFields()) {
          collect(f, type);
        }
      }
    }
    return globalGenerators;
  }

  private void collect(BodyDeclaration<?> node, TypeRef type) {
    for (AnnotationValues candidate : declared(node, type)) {
      candidate.string("name").ifPresent(n -> globalGenerators.putIfAbsent(n, candidate));
    }
  }

  private List<AnnotationValues> declared(BodyDeclaration<?> node, TypeRef type) {
    Optional<AnnotationValues> single = ctx.jpa(node, type, "SequenceGenerator");
    if (single.isPresent()) {
      return List.of(single.get());
    }
    return ctx.jpa(node, type, "SequenceGenerators")
        .map(all -> all.annotations("value"))
        .orElse(List.of());
  }

  private void warn(PersistentField field, AnnotationValues at, String message) {
    ctx.diagnostics().warn(field.file(), at.annotation(), message);
  }
}
