package dev.autogen.entities;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Hibernate's {@code @GenericGenerator} (deprecated, still honoured by Hibernate 7.4) that an
 * id's {@code @GeneratedValue(generator)} names puts into the schema (differential set
 * generic_generators). The sequence style, by {@code strategy = "enhanced-sequence"}, {@code
 * "sequence"}, its class name, or {@code type = SequenceStyleGenerator.class}, makes a sequence:
 * {@code sequence_name}, else the table's name and a {@code sequence_per_entity_suffix} other than
 * {@code _SEQ}, else the generator's name; start {@code initial_value} (1), increment {@code
 * increment_size} (50) under a pooled optimizer and 1 under {@code none}, {@code hilo} and {@code
 * legacy-hilo}; with {@code force_table_use} a one-column table instead. {@code identity} makes an
 * identity column; the uuid, {@code increment} and {@code assigned} strategies add nothing.
 */
final class GenericGenerators {

  /** What one generator adds to the schema. */
  sealed interface Effect {}

  /** A sequence the id draws from. */
  record Sequenced(Sequence sequence) implements Effect {}

  /** A one-column table standing in for a sequence ({@code force_table_use}). */
  record SequenceTable(Identifier table, Identifier valueColumn) implements Effect {}

  /** An identity column. */
  record IdentityColumn() implements Effect {}

  /** Nothing besides the id column itself: the value is made in Java or assigned. */
  record Nothing() implements Effect {}

  /** A generator autogen cannot read, with the reason. */
  record Unreadable(String why) implements Effect {}

  /**
   * The generator classes Hibernate 7 resolves a strategy to, each with its simple class name, the
   * strategy names that stand for it and what it adds to the schema.
   */
  private enum Generator {
    SEQUENCE_STYLE(
        "SequenceStyleGenerator",
        "enhanced-sequence",
        "sequence",
        "org.hibernate.id.enhanced.SequenceStyleGenerator"),
    IDENTITY("IdentityGenerator", "identity"),
    UUID("UUIDGenerator", "uuid2", "org.hibernate.id.UUIDGenerator"),
    UUID_HEX("UUIDHexGenerator", "uuid", "uuid.hex"),
    INCREMENT("IncrementGenerator", "increment"),
    ASSIGNED("Assigned", "assigned");

    private final String className;
    private final Set<String> strategies;

    Generator(String className, String... strategies) {
      this.className = className;
      this.strategies = Set.of(strategies);
    }

    /** The generator of {@code type = <class>.class}, by the class's simple name. */
    static Optional<Generator> ofClass(String simpleName) {
      return Arrays.stream(values()).filter(g -> g.className.equals(simpleName)).findFirst();
    }

    /** The generator a {@code strategy} names: by one of its names, else by its class's. */
    static Optional<Generator> ofStrategy(String strategy) {
      return Arrays.stream(values())
          .filter(g -> g.strategies.contains(strategy))
          .findFirst()
          .or(() -> ofClass(strategy));
    }
  }

  /** Optimizers whose sequence advances by one, whatever {@code increment_size} says. */
  private static final Set<String> STEP_ONE = Set.of("none", "hilo", "legacy-hilo");

  private static final Set<String> POOLED = Set.of("pooled", "pooled-lo", "pooled-lotl");

  private static final String DEFAULT_SUFFIX = "_SEQ";

  private final MappingContext ctx;

  GenericGenerators(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** The {@code @GenericGenerator} named {@code name} in the id field's scope, if any. */
  Optional<AnnotationValues> find(PersistentField field, EntityInfo entity, String name) {
    return NamedGenerators.find(
        ctx, ctx.lookup()::hibernate, field, entity, "GenericGenerator", name);
  }

  /** What the generator {@code definition} of {@code entity}'s id adds to the schema. */
  Effect effect(AnnotationValues definition, EntityInfo entity) {
    Optional<String> type = definition.className("type").map(GenericGenerators::simpleName);
    Optional<String> named = type.isPresent() ? type : definition.string("strategy");
    if (named.isEmpty()) {
      return new Unreadable("a @GenericGenerator without strategy or type");
    }
    Optional<Generator> generator =
        type.isPresent() ? Generator.ofClass(named.get()) : Generator.ofStrategy(named.get());
    if (generator.isEmpty()) {
      return new Unreadable("@GenericGenerator strategy '" + named.get() + "'");
    }
    if (generator.get() == Generator.IDENTITY) {
      return new IdentityColumn();
    }
    if (generator.get() != Generator.SEQUENCE_STYLE) {
      return new Nothing(); // the uuid, increment and assigned generators make the value in Java
    }
    try {
      return sequenceStyle(parameters(definition), definition.string("name").orElse(""), entity);
    } catch (NumberFormatException e) {
      return new Unreadable("a @GenericGenerator parameter that is not a number");
    }
  }

  private Effect sequenceStyle(Map<String, String> parameters, String name, EntityInfo entity) {
    String suffix = parameters.getOrDefault("sequence_per_entity_suffix", DEFAULT_SUFFIX);
    // Hibernate's implicit name: a custom suffix goes after the table's name, else the
    // generator's name is the sequence's
    String sequenceName =
        Optional.ofNullable(parameters.get("sequence_name"))
            .orElse(suffix.equals(DEFAULT_SUFFIX) ? name : entity.logicalTable() + suffix);
    if (Boolean.parseBoolean(parameters.getOrDefault("force_table_use", "false"))) {
      return new SequenceTable(
          ctx.names().physical(sequenceName),
          ctx.names().physical(parameters.getOrDefault("value_column", "next_val")));
    }
    int increment = Integer.parseInt(parameters.getOrDefault("increment_size", "50").trim());
    int start = Integer.parseInt(parameters.getOrDefault("initial_value", "1").trim());
    Optional<String> optimizer = Optional.ofNullable(parameters.get("optimizer"));
    if (optimizer.filter(o -> !STEP_ONE.contains(o) && !POOLED.contains(o)).isPresent()) {
      return new Unreadable("@GenericGenerator optimizer '" + optimizer.get() + "'");
    }
    // the hi/lo optimizers draw one value per block; only the pooled ones step the sequence
    int step = optimizer.filter(STEP_ONE::contains).isPresent() ? 1 : increment;
    return new Sequenced(new Sequence(ctx.names().physical(sequenceName), start, step));
  }

  private static Map<String, String> parameters(AnnotationValues definition) {
    List<AnnotationValues> all = definition.annotations("parameters");
    Map<String, String> values = new java.util.HashMap<>();
    for (AnnotationValues parameter : all) {
      Optional<String> key = parameter.string("name");
      Optional<String> value = parameter.string("value");
      if (key.isPresent() && value.isPresent()) {
        values.put(key.get(), value.get());
      }
    }
    return values;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
