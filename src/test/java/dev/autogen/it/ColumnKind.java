package dev.autogen.it;

import dev.autogen.model.SqlType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The column types the round trips use, each with a value for row {@code i} (distinct per row and
 * not negative, so that uniques and {@code >= 0} checks hold), a default, and the wider type a
 * widening moves it to.
 */
enum ColumnKind {
  SMALLINT("smallint"),
  INTEGER("integer"),
  BIGINT("bigint"),
  NUMERIC("numeric"),
  REAL("real"),
  DOUBLE("double precision"),
  BOOLEAN("boolean"),
  VARCHAR("varchar"),
  CHAR("char"),
  TEXT("text"),
  DATE("date"),
  TIMESTAMP("timestamp"),
  TIMESTAMPTZ("timestamptz"),
  UUID_("uuid"),
  JSONB("jsonb"),
  BYTEA("bytea");

  private final String typeName;

  ColumnKind(String typeName) {
    this.typeName = typeName;
  }

  static final List<ColumnKind> KEYS = List.of(INTEGER, BIGINT, VARCHAR, UUID_, SMALLINT, TEXT);

  SqlType type(int size) {
    return switch (this) {
      case NUMERIC -> SqlType.of("numeric", 10 + size, 2);
      case VARCHAR -> SqlType.of("varchar", 20 + size);
      case CHAR -> SqlType.of("char", 12 + size);
      case TIMESTAMP, TIMESTAMPTZ -> SqlType.of(typeName, 6);
      default -> SqlType.of(typeName);
    };
  }

  static ColumnKind of(SqlType type) {
    for (ColumnKind k : values()) {
      if (k.typeName.equals(type.name())) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind for " + type);
  }

  /** Whether distinct rows get distinct values (booleans cannot), so a unique or key holds. */
  boolean distinct() {
    return this != BOOLEAN && this != JSONB;
  }

  /** Whether a {@code >= 0} check makes sense. */
  boolean numeric() {
    return List.of(SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE).contains(this);
  }

  /** The type a widening moves to, if any; autogen plans it without --allow-narrowing. */
  Optional<SqlType> wider(SqlType type) {
    return switch (this) {
      case SMALLINT -> Optional.of(SqlType.of("integer"));
      case INTEGER -> Optional.of(SqlType.of("bigint"));
      case REAL -> Optional.of(SqlType.of("double precision"));
      case NUMERIC ->
          Optional.of(SqlType.of("numeric", type.args().get(0) + 4, type.args().get(1)));
      case VARCHAR ->
          Optional.of(
              type.args().get(0) % 2 == 0
                  ? SqlType.of("varchar", type.args().get(0) + 10)
                  : SqlType.of("text"));
      default -> Optional.empty();
    };
  }

  /** A SQL literal for row {@code i}; {@code salt} varies strings between tries. */
  String literal(int i, String salt) {
    return switch (this) {
      case SMALLINT, INTEGER, BIGINT -> String.valueOf(i);
      case NUMERIC -> i + ".25";
      case REAL, DOUBLE -> i + ".5";
      case BOOLEAN -> i % 2 == 0 ? "true" : "false";
      case VARCHAR, TEXT -> quoted(truncated(salt, 12) + i);
      case CHAR -> quoted(truncated(salt, 8) + i);
      case DATE -> "'2024-01-01'::date + " + i;
      case TIMESTAMP -> "'2024-01-01 10:00:00'::timestamp + interval '" + i + " minutes'";
      case TIMESTAMPTZ -> "'2024-01-01 10:00:00+00'::timestamptz + interval '" + i + " minutes'";
      case UUID_ ->
          quoted(UUID.nameUUIDFromBytes((salt + i).getBytes(StandardCharsets.UTF_8)).toString());
      case JSONB -> quoted("{\"n\": " + i + ", \"s\": \"" + salt.replace("\"", "") + "\"}");
      case BYTEA -> quoted("\\x" + String.format(Locale.ROOT, "%04x", i));
    };
  }

  /** A constant default as the entity reader would hold it ({@code @ColumnDefault} text). */
  String defaultExpression() {
    return switch (this) {
      case SMALLINT, INTEGER, BIGINT -> "7";
      case NUMERIC -> "1.50";
      case REAL, DOUBLE -> "2.5";
      case BOOLEAN -> "true";
      case VARCHAR, TEXT, CHAR -> "'dëf''ault'";
      case DATE -> "'2020-02-02'";
      case TIMESTAMP -> "'2020-02-02 02:02:02'";
      case TIMESTAMPTZ -> "current_timestamp";
      case UUID_ -> "'00000000-0000-0000-0000-000000000007'";
      case JSONB -> "'{}'";
      case BYTEA -> "'\\x00'";
    };
  }

  private static String truncated(String s, int codePoints) {
    return s.codePointCount(0, s.length()) <= codePoints
        ? s
        : s.substring(0, s.offsetByCodePoints(0, codePoints));
  }

  private static String quoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
