package dev.autogen.dialect.postgres;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL column types, following Hibernate 7's {@code PostgreSQLDialect#columnType}. */
final class PostgresTypeMapper implements TypeMapper {

  /** Whether timestamp and timestamptz convert into each other without rewriting the table. */
  private final boolean utcTimestampConversion;

  PostgresTypeMapper(boolean utcTimestampConversion) {
    this.utcTimestampConversion = utcTimestampConversion;
  }

  PostgresTypeMapper() {
    this(false);
  }

  /** PostgreSQL's largest declarable varchar; Hibernate switches to {@code text} past it. */
  static final int MAX_VARCHAR = 10_485_760;

  private static final Pattern TYPE =
      Pattern.compile(
          "^([a-z_][a-z0-9_ ]*?)\\s*(?:\\((\\d+)\\s*(?:,\\s*(\\d+))?\\))?((?:\\s+[a-z]+)*)(\\[\\])?$");

  /** Spellings the catalog or users use, to the one canonical name. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("character varying", "varchar"),
          Map.entry("char varying", "varchar"),
          Map.entry("character", "char"),
          Map.entry("bpchar", "char"),
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("serial", "integer"),
          Map.entry("serial4", "integer"),
          Map.entry("int2", "smallint"),
          Map.entry("smallserial", "smallint"),
          Map.entry("int8", "bigint"),
          Map.entry("bigserial", "bigint"),
          Map.entry("serial8", "bigint"),
          Map.entry("bool", "boolean"),
          Map.entry("float4", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("decimal", "numeric"),
          Map.entry("timestamp without time zone", "timestamp"),
          Map.entry("timestamp with time zone", "timestamptz"),
          Map.entry("time without time zone", "time"),
          Map.entry("time with time zone", "timetz"));

  /** Character types whose values a large object holds as UTF-8 bytes. */
  private static final Set<String> STRINGS = Set.of("varchar", "char", "text");

  /** Types whose single argument is fractional-second precision, 6 when not written. */
  private static final Set<String> TEMPORAL = Set.of("timestamp", "timestamptz", "time", "timetz");

  @Override
  public SqlType forKind(JdbcKind kind, ColumnSize size) {
    int length = size.length().orElse(255);
    return switch (kind) {
      case BOOLEAN -> SqlType.of("boolean");
      case TINYINT, SMALLINT -> SqlType.of("smallint");
      case INTEGER -> SqlType.of("integer");
      case BIGINT -> SqlType.of("bigint");
      case REAL -> SqlType.of("real");
      case FLOAT, DOUBLE -> SqlType.of("double precision");
      case NUMERIC -> SqlType.of("numeric", size.precision().orElse(38), size.scale().orElse(2));
      case CHAR, NCHAR -> SqlType.of("char", size.length().orElse(1));
      case VARCHAR, NVARCHAR -> varchar(length);
      case LONGVARCHAR -> varchar(size.length().orElse(JdbcKind.LONG_LENGTH));
      case LONG32VARCHAR -> SqlType.of("text");
      // Hibernate keeps LOBs in large objects on PostgreSQL because the driver's LOB API needs oid
      case CLOB, NCLOB, BLOB -> SqlType.of("oid");
      case BINARY, VARBINARY, LONGVARBINARY, LONG32VARBINARY -> SqlType.of("bytea");
      case DATE -> SqlType.of("date");
      // Hibernate writes time(0) unless a precision is given: java.sql.Time has whole seconds
      case TIME -> SqlType.of("time", size.precision().orElse(0));
      case TIME_WITH_TIMEZONE -> SqlType.of("timetz", size.precision().orElse(0));
      case TIMESTAMP -> SqlType.of("timestamp", size.precision().orElse(6));
      case TIMESTAMP_WITH_TIMEZONE -> SqlType.of("timestamptz", size.precision().orElse(6));
      case INTERVAL_SECOND -> SqlType.of("interval second", size.precision().orElse(6));
      case UUID -> SqlType.of("uuid");
      case JSON -> SqlType.of("jsonb");
      case XML -> SqlType.of("xml");
    };
  }

  /** A varchar of that length, or text beyond what PostgreSQL's varchar holds. */
  private static SqlType varchar(int length) {
    return length > MAX_VARCHAR ? SqlType.of("text") : SqlType.of("varchar", length);
  }

  @Override
  public SqlType parse(String typeText) {
    String text =
        typeText.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("\"", "");
    Matcher m = TYPE.matcher(text);
    if (!m.matches()) {
      return new SqlType(text, List.of());
    }
    String base = m.group(1).trim();
    String suffix = m.group(4) == null ? "" : m.group(4).trim();
    String name = suffix.isEmpty() ? base : base + " " + suffix;
    name = ALIASES.getOrDefault(name, name);
    List<Integer> args = new ArrayList<>();
    if (m.group(2) != null) {
      args.add(Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      args.add(Integer.parseInt(m.group(3)));
    }
    if (name.equals("float")) {
      // float(p) is real up to 24 binary digits, double precision beyond
      name = !args.isEmpty() && args.get(0) <= 24 ? "real" : "double precision";
      args.clear();
    }
    if (TEMPORAL.contains(name) && args.isEmpty()) {
      args.add(6);
    }
    if (name.equals("interval second") && args.isEmpty()) {
      args.add(6);
    }
    if (m.group(5) != null) {
      name = name + "[]";
    }
    return new SqlType(name, args);
  }

  @Override
  public String render(SqlType type) {
    String args =
        type.args().isEmpty()
            ? ""
            : "(" + String.join(",", type.args().stream().map(String::valueOf).toList()) + ")";
    return switch (type.name()) {
      case "timestamptz" -> "timestamp" + args + " with time zone";
      case "timetz" -> "time" + args + " with time zone";
      default -> type.name() + args;
    };
  }

  @Override
  public boolean isBuiltIn(SqlType type) {
    return BuiltInTypes.contains(type.name());
  }

  @Override
  public boolean isWidening(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    String f = from.name();
    String t = to.name();
    if (f.equals("varchar") && t.equals("text")) {
      return true;
    }
    if (f.equals(t) && (f.equals("varchar") || f.equals("char"))) {
      return to.args().isEmpty()
          || (!from.args().isEmpty() && to.args().get(0) >= from.args().get(0));
    }
    if (f.equals("numeric")
        && t.equals("numeric")
        && from.args().size() == 2
        && to.args().size() == 2) {
      int fi = from.args().get(0) - from.args().get(1);
      int ti = to.args().get(0) - to.args().get(1);
      return ti >= fi && to.args().get(1) >= from.args().get(1);
    }
    List<String> ints = List.of("smallint", "integer", "bigint");
    if (ints.contains(f) && ints.contains(t)) {
      return ints.indexOf(t) >= ints.indexOf(f);
    }
    if (f.equals("real") && t.equals("double precision")) {
      return true;
    }
    if (TEMPORAL.contains(f) && f.equals(t)) {
      return to.args().get(0) >= from.args().get(0);
    }
    return false;
  }

  /**
   * Large objects ({@code oid}, Hibernate's {@code @Lob String}/{@code byte[]}) to and from text
   * and {@code bytea}: the value goes through the object's bytes (text as UTF-8), because a cast
   * would read the text as an object number. Converting to {@code oid} creates one large object per
   * row; converting away from it (or dropping the column) does not unlink the old objects.
   */
  @Override
  public Optional<UnaryOperator<String>> conversion(SqlType from, SqlType to) {
    String f = from.name();
    String t = to.name();
    if (t.equals("oid") && STRINGS.contains(f)) {
      return Optional.of(x -> "lo_from_bytea(0, convert_to(" + x + ", 'UTF8'))");
    }
    if (f.equals("oid") && STRINGS.contains(t)) {
      return Optional.of(x -> "convert_from(lo_get(" + x + "), 'UTF8')");
    }
    if (t.equals("oid") && f.equals("bytea")) {
      return Optional.of(x -> "lo_from_bytea(0, " + x + ")");
    }
    if (f.equals("oid") && t.equals("bytea")) {
      return Optional.of(x -> "lo_get(" + x + ")");
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> leftBehind(SqlType type) {
    return type.name().equals("oid")
        ? Optional.of(
            "The large objects its values refer to are not unlinked: remove them with lo_unlink"
                + " (or vacuumlo) once no code and no downgrade needs them.")
        : Optional.empty();
  }

  @Override
  public boolean isMetadataOnlyChange(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    String f = from.name();
    String t = to.name();
    // widening varchar (or lifting its limit) and raising numeric precision at equal scale never
    // rewrite; everything else, including int -> bigint, rewrites the table
    if (f.equals("varchar")
        && (t.equals("text") || (t.equals("varchar") && isWidening(from, to)))) {
      return true;
    }
    if (f.equals("text") && t.equals("varchar") && to.args().isEmpty()) {
      return true;
    }
    if (utcTimestampConversion
        && Set.of("timestamp", "timestamptz").contains(f)
        && Set.of("timestamp", "timestamptz").contains(t)
        && from.args().equals(to.args())) {
      return true;
    }
    return f.equals("numeric")
        && t.equals("numeric")
        && (to.args().isEmpty()
            || (from.args().size() == 2
                && to.args().size() == 2
                && from.args().get(1).equals(to.args().get(1))
                && to.args().get(0) >= from.args().get(0)));
  }

  /**
   * A character counts four bytes (UTF8); text, bytea, json and a varchar without a limit have no
   * length a key could hold whole. PostgreSQL has no hash kept in a key's place, so nothing the
   * plan does depends on the answer yet.
   */
  @Override
  public long keyBytes(SqlType type) {
    String name = type.name();
    boolean unbounded = type.args().isEmpty();
    if (Set.of("text", "bytea", "json", "jsonb").contains(name)
        || (name.equals("varchar") && unbounded)) {
      return Long.MAX_VALUE;
    }
    long length = unbounded ? 1 : type.args().get(0);
    return switch (name) {
      case "varchar", "char", "character" -> length * 4;
      default -> 8;
    };
  }
}
