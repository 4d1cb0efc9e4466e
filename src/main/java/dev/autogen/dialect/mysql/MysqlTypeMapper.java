package dev.autogen.dialect.mysql;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.IntegerRange;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL / MariaDB column types, following Hibernate 7's {@code MySQLDialect} and {@code
 * MariaDBDialect}; parses {@code information_schema.COLUMNS.COLUMN_TYPE} spellings. Canonical forms
 * drop what does not change storage: integer display widths ({@code int(11)}), a zero
 * fractional-second precision ({@code datetime(0)}).
 */
final class MysqlTypeMapper implements TypeMapper {

  private static final Pattern TYPE =
      Pattern.compile(
          "^([a-z_][a-z0-9_ ]*?)\\s*(?:\\((\\d+)\\s*(?:,\\s*(\\d+))?\\))?((?:\\s+[a-z]+)*)$");

  private final MysqlFlavour flavour;
  private final ServerVersion version;

  MysqlFlavour flavour() {
    return flavour;
  }

  MysqlTypeMapper(MysqlFlavour flavour, ServerVersion version) {
    this.flavour = flavour;
    this.version = version;
  }

  /** MariaDB 10.7+ has a native uuid type; everything else forKind gives is the same. */
  private boolean nativeUuid() {
    return flavour == MysqlFlavour.MARIADB && version.atLeast(10, 7, 0);
  }

  @Override
  public boolean mapsKindsLike(TypeMapper other) {
    return other instanceof MysqlTypeMapper m && m.nativeUuid() == nativeUuid();
  }

  @Override
  public SqlType forKind(JdbcKind kind, ColumnSize size) {
    int length = size.length().orElse(255);
    return switch (kind) {
      case BOOLEAN -> SqlType.of("bit", 1);
      case TINYINT -> SqlType.of("tinyint");
      case SMALLINT -> SqlType.of("smallint");
      case INTEGER -> SqlType.of("int");
      case BIGINT -> SqlType.of("bigint");
      case REAL -> SqlType.of("float");
      case FLOAT, DOUBLE -> SqlType.of("double");
      case NUMERIC -> SqlType.of("decimal", size.precision().orElse(38), size.scale().orElse(2));
      // Hibernate's MySQLDialect declares a Character as varchar(1), not char(1)
      case CHAR, NCHAR -> MysqlTypes.varchar(size.length().orElse(1));
      case VARCHAR, NVARCHAR -> MysqlTypes.varchar(length);
      // Hibernate types a LONGVARCHAR by its length as a VARCHAR; LONG32VARCHAR is its CLOB type
      case LONGVARCHAR -> MysqlTypes.varchar(size.length().orElse(JdbcKind.LONG_LENGTH));
      case LONG32VARCHAR -> SqlType.of("longtext");
      // a LOB takes the smallest type holding the length its column states, else the largest
      case CLOB -> size.length().isPresent() ? MysqlTypes.text(length) : SqlType.of("longtext");
      case NCLOB -> SqlType.of("longtext");
      case BINARY -> SqlType.of("binary", size.length().orElse(255));
      case VARBINARY -> MysqlTypes.varbinary(length);
      case LONGVARBINARY -> MysqlTypes.varbinary(size.length().orElse(JdbcKind.LONG_LENGTH));
      case LONG32VARBINARY -> SqlType.of("longblob");
      case BLOB -> size.length().isPresent() ? MysqlTypes.blob(length) : SqlType.of("longblob");
      case DATE -> SqlType.of("date");
      case TIME, TIME_WITH_TIMEZONE -> MysqlTypes.temporal("time", size.precision().orElse(0));
      case TIMESTAMP -> MysqlTypes.temporal("datetime", size.precision().orElse(6));
      case TIMESTAMP_WITH_TIMEZONE -> MysqlTypes.temporal("datetime", size.precision().orElse(6));
      // Duration as nanoseconds, as hibernate.type.preferred_duration_jdbc_type=NUMERIC does
      case INTERVAL_SECOND -> SqlType.of("decimal", 21, 0);
      case UUID -> nativeUuid() ? SqlType.of("uuid") : SqlType.of("binary", 16);
      case JSON -> SqlType.of("json");
      case XML -> SqlType.of("longtext");
    };
  }

  /** Hibernate's MySQL dialects list the constants sorted by name: {@code enum('A','B')}. */
  @Override
  public Optional<SqlType> nativeEnum(List<String> constants) {
    return Optional.of(SqlType.listing("enum", constants.stream().sorted().toList()));
  }

  @Override
  public SqlType parse(String typeText) {
    Optional<SqlType> listing = MysqlTypes.listing(typeText.trim());
    if (listing.isPresent()) {
      return listing.get();
    }
    String text = typeText.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m = TYPE.matcher(text);
    if (!m.matches()) {
      return new SqlType(text, List.of());
    }
    String base = m.group(1).trim();
    String suffix = m.group(4) == null ? "" : m.group(4).replace("zerofill", "").trim();
    List<Integer> args = new ArrayList<>();
    if (m.group(2) != null) {
      args.add(Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      args.add(Integer.parseInt(m.group(3)));
    }
    if (!suffix.isEmpty() && MysqlTypes.isAlias(base + " " + suffix)) {
      // a two-word spelling such as "double precision" or "character varying"
      return MysqlTypes.canonical(base + " " + suffix, args);
    }
    SqlType type = MysqlTypes.canonical(base, args);
    return suffix.isEmpty() ? type : new SqlType(type.name() + " " + suffix, type.args());
  }

  /** First words of the type names MySQL and MariaDB define (after aliases are resolved). */
  private static final java.util.Set<String> BUILT_IN =
      java.util.Set.of(
          "tinyint",
          "smallint",
          "mediumint",
          "int",
          "bigint",
          "decimal",
          "float",
          "double",
          "bit",
          "char",
          "varchar",
          "binary",
          "varbinary",
          "tinytext",
          "text",
          "mediumtext",
          "longtext",
          "tinyblob",
          "blob",
          "mediumblob",
          "longblob",
          "enum",
          "set",
          "date",
          "time",
          "datetime",
          "timestamp",
          "year",
          "json",
          "geometry",
          "point",
          "linestring",
          "polygon",
          "multipoint",
          "multilinestring",
          "multipolygon",
          "geometrycollection",
          "uuid",
          "inet4",
          "inet6",
          "vector");

  @Override
  public boolean isBuiltIn(SqlType type) {
    String name = type.name();
    int space = name.indexOf(' ');
    return BUILT_IN.contains(space < 0 ? name : name.substring(0, space));
  }

  /** An integer's display width and zerofill, see {@link DisplayWidths}. */
  @Override
  public Optional<String> declaredSpelling(String typeText) {
    return DisplayWidths.declared(typeText, parse(typeText));
  }

  @Override
  public String render(SqlType type) {
    return type.toString();
  }

  /**
   * CAST takes only BINARY, CHAR, DATE, DATETIME, DECIMAL, DOUBLE, FLOAT, SIGNED, UNSIGNED and TIME
   * on both servers (MariaDB 10.11's and MySQL 8.0's CAST documentation; {@code CAST(1 AS bigint)}
   * is error 1064 on MariaDB 10.11, tried): each column type goes to the one that holds its values.
   */
  @Override
  public String castTarget(SqlType type) {
    // aliases (integer, bool, numeric, real, nvarchar, ...) fold to the names switched on below
    String name = MysqlTypes.canonicalName(type.name());
    List<Integer> args = type.args();
    String size = args.isEmpty() ? "" : "(" + args.get(0) + ")";
    if (name.endsWith(" unsigned") || name.equals("bit")) {
      return "UNSIGNED";
    }
    if (MysqlTypes.INTEGERS.contains(name) || name.equals("year")) {
      return "SIGNED";
    }
    if (MysqlTypes.BLOBS.contains(name)) {
      return "BINARY";
    }
    return switch (name) {
      case "decimal" ->
          "DECIMAL"
              + (args.isEmpty()
                  ? ""
                  : "(" + args.get(0) + (args.size() > 1 ? "," + args.get(1) : "") + ")");
      case "double" -> "DOUBLE";
      case "float" -> "FLOAT";
      case "char", "varchar" -> "CHAR" + size;
      case "binary", "varbinary" -> "BINARY" + size;
      case "date" -> "DATE";
      case "datetime", "timestamp" -> "DATETIME" + size;
      case "time" -> "TIME" + size;
      case "uuid" -> "CHAR(36)";
      default -> "CHAR"; // text, json, enum, set: their values are strings
    };
  }

  @Override
  public boolean hasCollation(SqlType type) {
    return MysqlTypes.hasCollation(type);
  }

  /**
   * A character counts four bytes (utf8mb4, the default of MariaDB 10.11 and MySQL 8); tinytext ...
   * longtext, tinyblob ... longblob and json have no length a key could hold whole; numbers and
   * times take a few bytes each.
   */
  @Override
  public long keyBytes(SqlType type) {
    String name = type.name();
    if (name.endsWith("text") || name.endsWith("blob") || name.equals("json")) {
      return Long.MAX_VALUE;
    }
    long length = type.args().isEmpty() ? 1 : type.args().get(0);
    return switch (name) {
      case "varchar", "char" -> length * 4;
      case "varbinary", "binary" -> length;
      default -> 8;
    };
  }

  @Override
  public boolean isWidening(SqlType from, SqlType to) {
    return MysqlTypes.isWidening(from, to);
  }

  @Override
  public boolean isMetadataOnlyChange(SqlType from, SqlType to) {
    return MysqlTypes.isInPlace(from, to);
  }

  @Override
  public OptionalInt integerBits(SqlType type) {
    return MysqlTypes.integerBits(type.name()); // unsigned types: see integerRange
  }

  /**
   * Signed integers as {@link #integerBits} says; {@code int unsigned} and the like 0 to 2^bits-1.
   */
  @Override
  public Optional<IntegerRange> integerRange(SqlType type) {
    return MysqlTypes.integerRange(type);
  }

  @Override
  public boolean isCharacterString(SqlType type) {
    return List.of("varchar", "char", "tinytext", "text", "mediumtext", "longtext")
        .contains(type.name());
  }

  @Override
  public boolean isExactDecimal(SqlType type) {
    return type.name().equals("decimal");
  }
}
