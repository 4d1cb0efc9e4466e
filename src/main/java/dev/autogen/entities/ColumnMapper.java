package dev.autogen.entities;

import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.Sequence;
import dev.autogen.model.SqlType;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a basic field (no relationship) to a column: name, type, nullability, default and the
 * generated identity or sequence of an id. A field whose type cannot be mapped is reported and
 * skipped.
 */
final class ColumnMapper {

  /** {@code @Column(length)}'s default, which Hibernate honours as if written. */
  private static final int COLUMN_DEFAULT_LENGTH = 255;

  /**
   * What the mapper asks of a field's other annotations, each reader needing only the context: the
   * id's generation and id class, the enum mapping, Bean Validation and the converter.
   */
  private record Readers(
      IdGeneration generation,
      IdClasses idClasses,
      EnumMapper enums,
      BeanValidation validation,
      Converters converters) {}

  private final MappingContext ctx;
  private final Readers readers;

  ColumnMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.readers =
        new Readers(
            new IdGeneration(ctx),
            new IdClasses(ctx),
            new EnumMapper(ctx),
            new BeanValidation(ctx),
            new Converters(ctx));
  }

  Optional<MappedColumn> map(PersistentField field, EntityInfo entity) {
    return map(
        field, entity, readers.converters().databaseType(field, JavaType.of(field, ctx.index())));
  }

  /** Maps the field as if its type were {@code javaType} (an element collection's element). */
  Optional<MappedColumn> map(PersistentField field, EntityInfo entity, JavaType javaType) {
    TypeRef owner = field.owner();
    Optional<AnnotationValues> column = field.column(ctx);
    String logical = column.flatMap(c -> c.string("name")).orElse(field.name());
    Identifier name = ctx.names().physical(logical);
    boolean id =
        ctx.jpa(field.declaration(), owner, "Id").isPresent()
            || field.embedding().id()
            || idClassAttribute(field, entity);

    Optional<ColumnDefinition> definition =
        column.flatMap(AnnotationValues::columnDefinition).map(ColumnDefinition::parse);
    definition
        .filter(d -> !d.rest().isEmpty())
        .ifPresent(
            d ->
                ctx.diagnostics()
                    .warn(
                        field.file(),
                        field.variable(),
                        "columnDefinition clause '" + d.rest() + "' is not modelled; ignored"));

    Optional<EnumMapper.EnumColumn> enumColumn =
        readers
            .enums()
            .map(
                field,
                javaType,
                name,
                column,
                ctx.jpa(field.declaration(), field.owner(), "Enumerated"),
                enumJdbcKind(field, javaType));
    Optional<SqlType> type;
    Optional<String> check = Optional.empty();
    if (enumColumn.isPresent()) {
      type = Optional.of(enumColumn.get().type());
      check = enumColumn.get().check();
    } else {
      type = basicType(field, javaType, column);
    }
    if (definition.isPresent()) {
      type = Optional.of(ctx.dialect().types().parse(definition.get().typeText()));
      if (!ctx.dialect().types().isBuiltIn(type.get())) {
        ctx.diagnostics()
            .warn(
                field.file(),
                field.variable(),
                "columnDefinition type '"
                    + definition.get().typeText()
                    + "' is not a "
                    + ctx.dialect().name()
                    + " type; compared as written (fine only if the database defines it: a"
                    + " domain, an enum or an extension's type)");
      }
    }
    Optional<String> range =
        readers
            .validation()
            .rangeCheck(field, name)
            .map(ctx.dialect().expressions()::normalizeCheck);
    if (range.isPresent()) {
      check = Optional.of(check.map(c -> c + " and ").orElse("") + range.get());
    }
    if (type.isEmpty()) {
      ctx.diagnostics()
          .warn(
              field.file(),
              field.variable(),
              "field '"
                  + field.name()
                  + "' has type "
                  + javaType.name()
                  + (outsideTheSources(javaType)
                      ? ", which no entity source root holds (an enum of another module? add its"
                          + " root with --entities); field skipped"
                      : " that autogen cannot map yet; field skipped"));
      return Optional.empty();
    }

    boolean nullable =
        !id
            && ctx.jpa(field.declaration(), owner, "Version").isEmpty()
            // Hibernate 7 takes a primitive as not null only without @Column (an explicit
            // @Column's nullable, default true, wins) and only on the entity itself: inside an
            // embeddable it stays nullable, the embedded value may be null as a whole
            // (differential set implicit_embeddables)
            && !(TypeMapping.isPrimitive(javaType.name())
                && column.isEmpty()
                && !field.embedding().embedded())
            && !readers.validation().notNull(field)
            && !generatedTimestamp(field)
            && column.flatMap(c -> c.bool("nullable")).orElse(true)
            && ctx.jpa(field.declaration(), owner, "Basic")
                .flatMap(b -> b.bool("optional"))
                .orElse(true)
            && !definition.map(ColumnDefinition::notNull).orElse(false);

    SqlType sqlType = type.get();
    Optional<String> defaultExpression =
        ctx.hibernate(field.declaration(), owner, "ColumnDefault")
            .flatMap(d -> d.string("value"))
            .or(() -> definition.flatMap(ColumnDefinition::defaultExpression))
            .map(d -> ctx.dialect().columnDefault(d, sqlType));

    IdGeneration.Generation generated =
        ctx.jpa(field.declaration(), owner, "GeneratedValue")
            .filter(g -> id || generatedOutsideId(field, g))
            .map(g -> readers.generation().of(field, entity, javaType.name(), g))
            .orElse(IdGeneration.Generation.none());
    Optional<Identity> identity = generated.identity();
    Optional<Sequence> sequence = generated.sequence();

    Optional<Identifier> renamedFrom =
        ctx.lookup()
            .anyNamed(field.declaration(), "RenamedFrom")
            .flatMap(r -> ctx.values(r, owner).string("value"))
            .map(ctx.names()::explicit);

    return Optional.of(
        new MappedColumn(
            logical,
            new Column(name, type.get(), nullable, defaultExpression, identity),
            id,
            column.flatMap(c -> c.bool("unique")).orElse(false),
            check,
            sequence,
            renamedFrom,
            field.file().at(field.variable()),
            Optional.of(ctx.names().physical(field.name())).filter(f -> !f.equals(name)),
            new ValueEncoding(
                enumColumn.flatMap(EnumMapper.EnumColumn::constants),
                readers.converters().converterOf(field, JavaType.of(field, ctx.index())),
                // Hibernate writes the definition verbatim: tinyint(1) stays tinyint(1)
                definition.flatMap(d -> ctx.dialect().types().declaredSpelling(d.typeText())))));
  }

  /**
   * Warns of a {@code @GeneratedValue} outside the id, which generates nothing: Hibernate 7 refuses
   * the mapping ("is annotated '@GeneratedValue' but is not part of an identifier", tried on
   * hibernate-core 7.4), earlier versions ignore the annotation; either way no sequence.
   */
  private boolean generatedOutsideId(PersistentField field, AnnotationValues generated) {
    ctx.diagnostics()
        .warn(
            field,
            generated,
            "@GeneratedValue on field '"
                + field.name()
                + "', which is not an id, generates nothing (Hibernate 7 refuses it, earlier"
                + " versions ignore it); no sequence or identity is created");
    return false;
  }

  /** Hibernate 7 declares the columns it fills on insert or update as not null. */
  /**
   * A type neither the sources nor the JDK declare: the sources autogen was given lack it, and
   * Hibernate would map it by what it is (an enum, a converted or serializable class).
   */
  private static boolean outsideTheSources(JavaType javaType) {
    return javaType.declared().isEmpty()
        && !TypeMapping.isPrimitive(javaType.name())
        && !javaType.name().startsWith("java.");
  }

  private boolean generatedTimestamp(PersistentField field) {
    return ctx.hibernate(field.declaration(), field.owner(), "CreationTimestamp").isPresent()
        || ctx.hibernate(field.declaration(), field.owner(), "UpdateTimestamp").isPresent();
  }

  private Optional<SqlType> basicType(
      PersistentField field, JavaType javaType, Optional<AnnotationValues> column) {
    Optional<JdbcKind> kind = jdbcTypeCode(field);
    if (kind.isEmpty()) {
      boolean lob = ctx.jpa(field.declaration(), field.owner(), "Lob").isPresent();
      Optional<String> temporal =
          ctx.jpa(field.declaration(), field.owner(), "Temporal")
              .flatMap(t -> t.enumConstant("value", "TemporalType", TypeMapping.TEMPORAL_TYPES));
      kind = ctx.kind(javaType.name(), lob, temporal);
    }
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    ColumnSize size = size(kind.get(), javaType, column);
    OptionalInt max = readers.validation().maxSize(field);
    // Hibernate sizes a @Lob String by @Size too (MySQL: the text type holding max)
    if (max.isPresent()
        && (kind.get() == JdbcKind.VARCHAR
            || kind.get() == JdbcKind.NVARCHAR
            || kind.get() == JdbcKind.CLOB)) {
      size = new ColumnSize(max, OptionalInt.empty(), OptionalInt.empty());
    }
    if (kind.get() == JdbcKind.NUMERIC) {
      size = readers.validation().digits(field).orElse(size);
    }
    return Optional.of(ctx.dialect().types().forKind(kind.get(), size));
  }

  static ColumnSize size(JdbcKind kind, JavaType javaType, Optional<AnnotationValues> column) {
    OptionalInt length =
        column
            .map(c -> c.integer("length"))
            .filter(OptionalInt::isPresent)
            .orElse(TypeMapping.defaultLength(javaType.name()));
    if (TypeMapping.isTemporal(kind)) {
      return new ColumnSize(
          OptionalInt.empty(),
          column.map(c -> c.integer("secondPrecision")).orElse(OptionalInt.empty()),
          OptionalInt.empty());
    }
    if (kind == JdbcKind.NUMERIC) {
      OptionalInt precision =
          column
              .map(c -> c.integer("precision"))
              .filter(p -> p.isPresent() && p.getAsInt() > 0)
              .orElse(OptionalInt.empty());
      OptionalInt scale = column.map(c -> c.integer("scale")).orElse(OptionalInt.empty());
      // @Column's scale defaults to 0, which Hibernate honours once a precision is written
      if (scale.isEmpty()
          && (precision.isPresent() || javaType.name().equals("java.math.BigInteger"))) {
        scale = OptionalInt.of(0);
      }
      if (javaType.name().equals("java.time.Duration")) {
        // Duration as NUMERIC holds nanoseconds: Hibernate declares numeric(21,0)
        return new ColumnSize(OptionalInt.empty(), OptionalInt.of(21), OptionalInt.of(0));
      }
      return new ColumnSize(OptionalInt.empty(), precision, scale);
    }
    if (kind == JdbcKind.CHAR) {
      // Hibernate maps char and Character to char(1) whatever length @Column states
      return ColumnSize.none();
    }
    if ((kind == JdbcKind.CLOB || kind == JdbcKind.BLOB)
        && column.isPresent()
        && length.isEmpty()) {
      // @Column's length defaults to 255, which Hibernate takes as stated for a LOB too (MySQL:
      // tinytext); only a LOB without @Column gets the dialect's LOB default
      length = OptionalInt.of(COLUMN_DEFAULT_LENGTH);
    }
    return new ColumnSize(length, OptionalInt.empty(), OptionalInt.empty());
  }

  /** The {@code @JdbcTypeCode} of an enum field (asked only of those, so others warn once). */
  private Optional<JdbcKind> enumJdbcKind(PersistentField field, JavaType javaType) {
    boolean enumField =
        ctx.jpa(field.declaration(), field.owner(), "Enumerated").isPresent()
            || javaType.declared().filter(EnumConstants::isEnum).isPresent();
    return enumField ? jdbcTypeCode(field) : Optional.empty();
  }

  /** Hibernate's {@code @JdbcTypeCode(SqlTypes.X)} for the kinds autogen knows. */
  private Optional<JdbcKind> jdbcTypeCode(PersistentField field) {
    Optional<AnnotationValues> code =
        ctx.hibernate(field.declaration(), field.owner(), "JdbcTypeCode");
    if (code.isEmpty()) {
      return Optional.empty();
    }
    String constant =
        code.get()
            .raw("value")
            .map(
                e ->
                    e instanceof FieldAccessExpr f
                        ? f.getNameAsString()
                        : e instanceof NameExpr n ? n.getNameAsString() : e.toString())
            .orElse("");
    String kindName =
        switch (constant) {
          case "LONGNVARCHAR" -> "LONGVARCHAR";
          case "LONG32NVARCHAR" -> "LONG32VARCHAR";
          case "SQLXML" -> "XML";
          case "DECIMAL" -> "NUMERIC";
          default -> constant;
        };
    if (Arrays.stream(JdbcKind.values()).noneMatch(k -> k.name().equals(kindName))) {
      ctx.diagnostics()
          .warn(
              field.file(),
              code.get().annotation(),
              "@JdbcTypeCode(" + constant + ") is not supported yet; the Java type decides");
      return Optional.empty();
    }
    return Optional.of(JdbcKind.valueOf(kindName));
  }

  /**
   * Whether the field is an attribute of the entity's {@code @IdClass} without {@code @Id} of its
   * own: Hibernate 7 matches the id class's attributes to the entity's by name and makes each a NOT
   * NULL key column (differential set id_class_partial).
   */
  private boolean idClassAttribute(PersistentField field, EntityInfo entity) {
    if (field.embedding() != Embedding.NONE) {
      return false;
    }
    String key = entity.type().qualifiedName();
    Set<String> names = idClassAttributes.get(key);
    if (names == null) {
      // entities are mapped on several threads (issue 18): computed outside the map, as the
      // lookup resolves types, and the first answer kept (every thread computes the same one)
      Set<String> computed = idClassAttributes(entity.type());
      Set<String> earlier = idClassAttributes.putIfAbsent(key, computed);
      names = earlier != null ? earlier : computed;
    }
    return names.contains(field.name());
  }

  private final Map<String, Set<String>> idClassAttributes = new ConcurrentHashMap<>();

  private Set<String> idClassAttributes(TypeRef entity) {
    return readers
        .idClasses()
        .of(entity)
        .map(idClass -> Set.copyOf(IdClasses.attributes(idClass).keySet()))
        .orElse(Set.of());
  }
}
