package dev.autogen.entities;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
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

  private static final String SEQUENCE_STYLE = "SequenceStyleGenerator";

  /** Strategy names and generator classes (simple names) Hibernate 7 resolves them to. */
  private static final Map<String, String> STRATEGIES =
      Map.ofEntries(
          Map.entry("enhanced-sequence", SEQUENCE_STYLE),
          Map.entry("sequence", SEQUENCE_STYLE),
          Map.entry("org.hibernate.id.enhanced.SequenceStyleGenerator", SEQUENCE_STYLE),
          Map.entry("identity", "IdentityGenerator"),
          Map.entry("uuid2", "UUIDGenerator"),
          Map.entry("org.hibernate.id.UUIDGenerator", "UUIDGenerator"),
          Map.entry("uuid", "UUIDHexGenerator"),
          Map.entry("uuid.hex", "UUIDHexGenerator"),
          Map.entry("increment", "IncrementGenerator"),
          Map.entry("assigned", "Assigned"));

  private static final Set<String> NO_SCHEMA_OBJECT =
      Set.of("UUIDGenerator", "UUIDHexGenerator", "IncrementGenerator", "Assigned");

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
    Optional<String> strategy =
        definition
            .className("type")
            .map(GenericGenerators::simpleName)
            .or(() -> definition.string("strategy").map(s -> STRATEGIES.getOrDefault(s, s)));
    if (strategy.isEmpty()) {
      return new Unreadable("a @GenericGenerator without strategy or type");
    }
    String generator = strategy.get();
    if (generator.equals("IdentityGenerator")) {
      return new IdentityColumn();
    }
    if (NO_SCHEMA_OBJECT.contains(generator)) {
      return new Nothing();
    }
    if (!generator.equals(SEQUENCE_STYLE)) {
      return new Unreadable("@GenericGenerator strategy '" + generator + "'");
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
