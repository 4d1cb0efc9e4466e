package dev.autogen.entities;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Enum fields as Hibernate 6/7 maps them: {@code ORDINAL} (the default) as a small integer checked
 * to lie between 0 and the last ordinal, {@code STRING} as {@code varchar(255)} checked against the
 * constant names, or as the dialect's native enum type where it has one (MySQL). The constants come
 * from the enum's source; without it the check is skipped.
 */
final class EnumMapper {

  static final Set<String> ENUM_TYPES = Set.of("ORDINAL", "STRING");

  /** The column type, the check condition and the constants (in ordinal order) of an enum field. */
  record EnumColumn(SqlType type, Optional<String> check, Optional<List<String>> constants) {}

  private final MappingContext ctx;

  /**
   * Normalised checks by text: many tables share an enum and a column name, and normalising is
   * regular-expression work (issue 18). Per read, shared by the mapping threads.
   */
  private final Map<String, String> normalized = new ConcurrentHashMap<>();

  EnumMapper(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** Empty when the field is not an enum field. */
  Optional<EnumColumn> map(
      PersistentField field,
      JavaType javaType,
      Identifier column,
      Optional<AnnotationValues> columnAnnotation) {
    return map(
        field,
        javaType,
        column,
        columnAnnotation,
        ctx.jpa(field.declaration(), field.owner(), "Enumerated"));
  }

  /**
   * Maps an enum column whose {@code @Enumerated} is given ({@code @MapKeyEnumerated} for a map
   * key); empty when neither the annotation nor the type says enum.
   */
  Optional<EnumColumn> map(
      PersistentField field,
      JavaType javaType,
      Identifier column,
      Optional<AnnotationValues> columnAnnotation,
      Optional<AnnotationValues> enumerated) {
    return map(field, javaType, column, columnAnnotation, enumerated, Optional.empty());
  }

  /**
   * As above, the column typed by {@code jdbcKind} when the field states one
   * ({@code @JdbcTypeCode(SqlTypes.INTEGER)} on an ordinal: Hibernate 7 writes {@code integer},
   * keeping the check; {@code VARCHAR} on a name keeps the {@code in} check, never a native enum
   * type).
   */
  Optional<EnumColumn> map(
      PersistentField field,
      JavaType javaType,
      Identifier column,
      Optional<AnnotationValues> columnAnnotation,
      Optional<AnnotationValues> enumerated,
      Optional<JdbcKind> jdbcKind) {
    boolean declaredEnum = javaType.declared().filter(EnumConstants::isEnum).isPresent();
    if (enumerated.isEmpty() && !declaredEnum) {
      return Optional.empty();
    }
    String enumType =
        enumerated.flatMap(e -> e.enumConstant("value", "EnumType", ENUM_TYPES)).orElse("ORDINAL");
    Optional<List<String>> constants = EnumConstants.of(javaType.declared());
    if (constants.isEmpty()) {
      ctx.diagnostics()
          .warn(
              field.file(),
              field.variable(),
              "enum "
                  + javaType.name()
                  + " is not among the sources; its check constraint is skipped");
    }
    String quoted = ctx.dialect().quote(column);
    if (enumType.equals("STRING")) {
      Optional<SqlType> nativeEnum =
          constants
              .filter(c -> !c.isEmpty() && jdbcKind.isEmpty())
              .flatMap(ctx.dialect().types()::nativeEnum);
      if (nativeEnum.isPresent()) {
        return Optional.of(new EnumColumn(nativeEnum.get(), Optional.empty(), constants));
      }
      OptionalInt length =
          columnAnnotation.map(c -> c.integer("length")).orElse(OptionalInt.empty());
      SqlType type =
          ctx.dialect()
              .types()
              .forKind(
                  jdbcKind.orElse(JdbcKind.VARCHAR),
                  new ColumnSize(length, OptionalInt.empty(), OptionalInt.empty()));
      Optional<String> check =
          constants
              .filter(c -> !c.isEmpty())
              .map(
                  c ->
                      quoted
                          + " in ("
                          + c.stream()
                              .map(ctx.dialect().expressions()::literal)
                              .collect(Collectors.joining(","))
                          + ")");
      return Optional.of(new EnumColumn(type, check.map(this::normalize), constants));
    }
    // Hibernate 7 stores ordinals as TINYINT (smallint where there is none, as on PostgreSQL)
    SqlType type =
        ctx.dialect().types().forKind(jdbcKind.orElse(JdbcKind.TINYINT), ColumnSize.none());
    Optional<String> check =
        constants.filter(c -> !c.isEmpty()).map(c -> quoted + " between 0 and " + (c.size() - 1));
    return Optional.of(new EnumColumn(type, check.map(this::normalize), constants));
  }

  private String normalize(String check) {
    return normalized.computeIfAbsent(check, ctx.dialect().expressions()::normalizeCheck);
  }
}
