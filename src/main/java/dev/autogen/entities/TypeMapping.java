package dev.autogen.entities;

import dev.autogen.dialect.JdbcKind;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Hibernate 7's default JDBC kind for a Java field type. Types are given qualified ({@code
 * java.time.Instant}), as primitive names, or with {@code []} for arrays.
 */
final class TypeMapping {

  /** What {@code @Temporal} can ask for on {@code java.util.Date} and {@code Calendar}. */
  static final Set<String> TEMPORAL_TYPES = Set.of("DATE", "TIME", "TIMESTAMP");

  private static final Map<String, JdbcKind> KINDS =
      Map.ofEntries(
          Map.entry("boolean", JdbcKind.BOOLEAN),
          Map.entry("java.lang.Boolean", JdbcKind.BOOLEAN),
          Map.entry("byte", JdbcKind.TINYINT),
          Map.entry("java.lang.Byte", JdbcKind.TINYINT),
          Map.entry("short", JdbcKind.SMALLINT),
          Map.entry("java.lang.Short", JdbcKind.SMALLINT),
          Map.entry("int", JdbcKind.INTEGER),
          Map.entry("java.lang.Integer", JdbcKind.INTEGER),
          Map.entry("long", JdbcKind.BIGINT),
          Map.entry("java.lang.Long", JdbcKind.BIGINT),
          Map.entry("float", JdbcKind.REAL),
          Map.entry("java.lang.Float", JdbcKind.REAL),
          Map.entry("double", JdbcKind.DOUBLE),
          Map.entry("java.lang.Double", JdbcKind.DOUBLE),
          Map.entry("char", JdbcKind.CHAR),
          Map.entry("java.lang.Character", JdbcKind.CHAR),
          Map.entry("java.lang.String", JdbcKind.VARCHAR),
          Map.entry("char[]", JdbcKind.VARCHAR),
          Map.entry("java.lang.Character[]", JdbcKind.VARCHAR),
          Map.entry("java.math.BigDecimal", JdbcKind.NUMERIC),
          Map.entry("java.math.BigInteger", JdbcKind.NUMERIC),
          Map.entry("java.time.LocalDate", JdbcKind.DATE),
          Map.entry("java.time.LocalTime", JdbcKind.TIME),
          Map.entry("java.time.LocalDateTime", JdbcKind.TIMESTAMP),
          Map.entry("java.time.Instant", JdbcKind.TIMESTAMP_WITH_TIMEZONE),
          Map.entry("java.time.OffsetDateTime", JdbcKind.TIMESTAMP_WITH_TIMEZONE),
          Map.entry("java.time.ZonedDateTime", JdbcKind.TIMESTAMP_WITH_TIMEZONE),
          // Hibernate 7 normalises OffsetTime to UTC in a plain time column on PostgreSQL
          Map.entry("java.time.OffsetTime", JdbcKind.TIME),
          // hibernate.type.preferred_duration_jdbc_type defaults to NUMERIC: nanoseconds
          Map.entry("java.time.Duration", JdbcKind.NUMERIC),
          Map.entry("java.time.Year", JdbcKind.INTEGER),
          Map.entry("java.time.ZoneId", JdbcKind.VARCHAR),
          Map.entry("java.time.ZoneOffset", JdbcKind.VARCHAR),
          Map.entry("java.util.Locale", JdbcKind.VARCHAR),
          Map.entry("java.util.Currency", JdbcKind.VARCHAR),
          Map.entry("java.util.TimeZone", JdbcKind.VARCHAR),
          Map.entry("java.net.URL", JdbcKind.VARCHAR),
          Map.entry("java.sql.Date", JdbcKind.DATE),
          Map.entry("java.sql.Time", JdbcKind.TIME),
          Map.entry("java.sql.Timestamp", JdbcKind.TIMESTAMP),
          Map.entry("java.sql.Clob", JdbcKind.CLOB),
          Map.entry("java.sql.NClob", JdbcKind.NCLOB),
          Map.entry("java.sql.Blob", JdbcKind.BLOB),
          Map.entry("java.util.UUID", JdbcKind.UUID),
          Map.entry("byte[]", JdbcKind.VARBINARY),
          Map.entry("java.lang.Byte[]", JdbcKind.VARBINARY));

  /** Hibernate's default column length for types whose values have a fixed maximum size. */
  private static final Map<String, Integer> DEFAULT_LENGTHS =
      Map.of("java.util.Currency", 3, "java.time.ZoneOffset", 6);

  private static final Set<String> INTEGRAL =
      Set.of(
          "short",
          "int",
          "long",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.math.BigInteger");

  private TypeMapping() {}

  /**
   * The kind for a field type.
   *
   * @param lob whether the field has {@code @Lob}
   * @param temporal the {@code @Temporal} value, for the legacy date types
   */
  static Optional<JdbcKind> kind(String javaType, boolean lob, Optional<String> temporal) {
    if (lob) {
      return switch (javaType) {
        case "java.lang.String", "char[]", "java.lang.Character[]" -> Optional.of(JdbcKind.CLOB);
        case "byte[]", "java.lang.Byte[]", "java.io.Serializable" -> Optional.of(JdbcKind.BLOB);
        default -> Optional.ofNullable(KINDS.get(javaType));
      };
    }
    if (javaType.equals("java.util.Date") || javaType.equals("java.util.Calendar")) {
      return Optional.of(
          switch (temporal.orElse("TIMESTAMP")) {
            case "DATE" -> JdbcKind.DATE;
            case "TIME" -> JdbcKind.TIME;
            default -> JdbcKind.TIMESTAMP;
          });
    }
    return Optional.ofNullable(KINDS.get(javaType));
  }

  /** The length Hibernate gives a type's column when {@code @Column(length)} is not written. */
  static OptionalInt defaultLength(String javaType) {
    Integer length = DEFAULT_LENGTHS.get(javaType);
    return length == null ? OptionalInt.empty() : OptionalInt.of(length);
  }

  static boolean isPrimitive(String javaType) {
    return !javaType.contains(".") && !javaType.endsWith("[]");
  }

  /** Whether a sequence can generate values of this type. */
  static boolean isIntegral(String javaType) {
    return INTEGRAL.contains(javaType);
  }

  static boolean isUuid(String javaType) {
    return javaType.equals("java.util.UUID");
  }

  /** Whether sizes mean fractional seconds for this kind. */
  static boolean isTemporal(JdbcKind kind) {
    return switch (kind) {
      case TIME, TIME_WITH_TIMEZONE, TIMESTAMP, TIMESTAMP_WITH_TIMEZONE, INTERVAL_SECOND -> true;
      default -> false;
    };
  }
}
