package dev.autogen.dialect.mysql;

import dev.autogen.dialect.IntegerRange;
import dev.autogen.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Canonical MySQL type names and the facts about converting between them. */
final class MysqlTypes {

  private MysqlTypes() {}

  /** Largest varchar Hibernate declares: 65,535 bytes a row, 4 bytes a utf8mb4 character. */
  static final int MAX_VARCHAR = 16_383;

  /** Largest varbinary Hibernate declares (65,535 bytes a row). */
  static final int MAX_VARBINARY = 65_535;

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("integer", "int"),
          Map.entry("int4", "int"),
          Map.entry("int8", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("int1", "tinyint"),
          Map.entry("int3", "mediumint"),
          Map.entry("middleint", "mediumint"),
          Map.entry("bool", "tinyint"),
          Map.entry("boolean", "tinyint"),
          Map.entry("dec", "decimal"),
          Map.entry("numeric", "decimal"),
          Map.entry("fixed", "decimal"),
          Map.entry("real", "double"),
          Map.entry("double precision", "double"),
          Map.entry("float8", "double"),
          Map.entry("float4", "float"),
          Map.entry("character varying", "varchar"),
          Map.entry("char varying", "varchar"),
          Map.entry("nvarchar", "varchar"),
          Map.entry("national varchar", "varchar"),
          Map.entry("character", "char"),
          Map.entry("nchar", "char"),
          Map.entry("national char", "char"),
          Map.entry("long varchar", "mediumtext"),
          Map.entry("long", "mediumtext"),
          Map.entry("long varbinary", "mediumblob"));

  /** The canonical integer type names. */
  static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

  /** The integer types' sizes in bits (the Reference Manual's Table 13.1). */
  private static final Map<String, Integer> INTEGER_BITS =
      Map.of("tinyint", 8, "smallint", 16, "mediumint", 24, "int", 32, "bigint", 64);

  private static final List<String> TEXTS = List.of("tinytext", "text", "mediumtext", "longtext");

  /** The canonical blob type names, smallest first. */
  static final List<String> BLOBS = List.of("tinyblob", "blob", "mediumblob", "longblob");

  private static final Set<String> TEMPORAL = Set.of("time", "datetime", "timestamp");

  private static final Pattern LISTING =
      Pattern.compile("(?is)^(enum|set)\\s*\\((.*)\\)((?:\\s+[a-z_]+)*)$");

  /**
   * {@code enum('A','it''s')} or {@code set(...)} with its members, as the catalog spells them
   * (quotes doubled, MySQL may also escape with a backslash); empty for other types.
   */
  static Optional<SqlType> listing(String text) {
    Matcher m = LISTING.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    String body = m.group(2);
    StringBuilder value = null;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (value == null) {
        if (c == '\'') {
          value = new StringBuilder();
        }
      } else if (c == '\\' && i + 1 < body.length()) {
        value.append(body.charAt(++i));
      } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
        value.append(c);
        i++;
      } else if (c == '\'') {
        values.add(value.toString());
        value = null;
      } else {
        value.append(c);
      }
    }
    return Optional.of(SqlType.listing(m.group(1).toLowerCase(Locale.ROOT), values));
  }

  static boolean isAlias(String name) {
    return ALIASES.containsKey(name);
  }

  /** The canonical name of a base type name ({@code integer} is {@code int}). */
  static String canonicalName(String base) {
    return ALIASES.getOrDefault(base, base);
  }

  /** The canonical form of a base name and its arguments. */
  static SqlType canonical(String base, List<Integer> args) {
    String name = canonicalName(base);
    if (INTEGERS.contains(name)) {
      // display widths (int(11), tinyint(1)) change nothing stored; MySQL 8.0.19 dropped them
      return SqlType.of(name);
    }
    if (name.equals("float") && !args.isEmpty() && args.size() == 1) {
      // float(p) is a float up to 24 binary digits, a double beyond
      return SqlType.of(args.get(0) <= 24 ? "float" : "double");
    }
    if (name.equals("decimal")) {
      return SqlType.of(
          "decimal", args.isEmpty() ? 10 : args.get(0), args.size() < 2 ? 0 : args.get(1));
    }
    if (TEMPORAL.contains(name)) {
      return temporal(name, args.isEmpty() ? 0 : args.get(0));
    }
    if (List.of("char", "binary", "bit").contains(name) && args.isEmpty()) {
      return SqlType.of(name, 1);
    }
    // text(n) and blob(n) pick the smallest type holding n bytes
    if (name.equals("text") && !args.isEmpty()) {
      return text(args.get(0));
    }
    if (name.equals("blob") && !args.isEmpty()) {
      return blob(args.get(0));
    }
    return new SqlType(name, args);
  }

  static SqlType temporal(String name, int precision) {
    return precision == 0 ? SqlType.of(name) : SqlType.of(name, precision);
  }

  static SqlType varchar(int length) {
    return length > MAX_VARCHAR ? text(length) : SqlType.of("varchar", length);
  }

  static SqlType varbinary(int length) {
    return length > MAX_VARBINARY ? blob(length) : SqlType.of("varbinary", length);
  }

  /** The smallest text type holding {@code length} characters, as Hibernate chooses it. */
  static SqlType text(int length) {
    return SqlType.of(
        length <= 255
            ? "tinytext"
            : length <= 65_535 ? "text" : length <= 16_777_215 ? "mediumtext" : "longtext");
  }

  static SqlType blob(int length) {
    return SqlType.of(
        length <= 255
            ? "tinyblob"
            : length <= 65_535 ? "blob" : length <= 16_777_215 ? "mediumblob" : "longblob");
  }

  /** The character and text types, which carry a character set and collation. */
  static boolean hasCollation(SqlType type) {
    String name = type.name();
    return name.equals("char")
        || name.equals("varchar")
        || name.equals("enum")
        || name.equals("set")
        || TEXTS.contains(name);
  }

  /**
   * The values of an integer type: signed -2^(n-1) to 2^(n-1)-1, unsigned 0 to 2^n-1, n being 8,
   * 16, 24, 32 or 64 bits for tinyint, smallint, mediumint, int and bigint (MySQL 8.0 Reference
   * Manual, 13.1.2 "Integer Types (Exact Value)", Table 13.1; MariaDB's are the same).
   */
  static Optional<IntegerRange> integerRange(SqlType type) {
    String name = type.name();
    boolean unsigned = name.endsWith(" unsigned");
    String base = unsigned ? name.substring(0, name.length() - " unsigned".length()) : name;
    return integerBits(base).stream()
        .mapToObj(bits -> unsigned ? IntegerRange.unsigned(bits) : IntegerRange.signed(bits))
        .findFirst();
  }

  /** The size in bits of a signed integer type; empty for any other type (unsigned ones too). */
  static java.util.OptionalInt integerBits(String name) {
    Integer bits = INTEGER_BITS.get(name);
    return bits == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(bits);
  }

  static boolean isWidening(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    String f = from.name();
    String t = to.name();
    Optional<IntegerRange> fromRange = integerRange(from);
    Optional<IntegerRange> toRange = integerRange(to);
    if (fromRange.isPresent() && toRange.isPresent()) {
      return toRange.get().contains(fromRange.get());
    }
    if (f.equals(t) && List.of("varchar", "char", "varbinary", "binary").contains(f)) {
      return to.args().get(0) >= from.args().get(0);
    }
    if ((f.equals("varchar") || f.equals("char")) && TEXTS.contains(t)) {
      return true;
    }
    if (TEXTS.contains(f) && TEXTS.contains(t)) {
      return TEXTS.indexOf(t) >= TEXTS.indexOf(f);
    }
    if (BLOBS.contains(f) && BLOBS.contains(t)) {
      return BLOBS.indexOf(t) >= BLOBS.indexOf(f);
    }
    if (f.equals("decimal") && t.equals("decimal")) {
      int fi = from.args().get(0) - from.args().get(1);
      int ti = to.args().get(0) - to.args().get(1);
      return ti >= fi && to.args().get(1) >= from.args().get(1);
    }
    if (f.equals("float") && t.equals("double")) {
      return true;
    }
    if (f.equals(t) && (f.equals("enum") || f.equals("set"))) {
      return to.values().containsAll(from.values());
    }
    if (f.equals("enum") && (t.equals("varchar") || TEXTS.contains(t))) {
      return t.equals("varchar")
          ? from.values().stream().allMatch(v -> v.length() <= to.args().get(0))
          : true;
    }
    if (TEMPORAL.contains(f) && f.equals(t)) {
      return precision(to) >= precision(from);
    }
    return false;
  }

  /**
   * Whether MySQL changes the type in place without copying the table: extending a varchar while
   * its length prefix keeps its size (both at most 255 bytes or both above, counted at 4 bytes a
   * character since the character set is not part of the type), or adding members at the end of an
   * enum or set while its storage size stays the same.
   */
  static boolean isInPlace(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    if (from.name().equals(to.name()) && !from.values().isEmpty()) {
      List<String> before = from.values();
      List<String> after = to.values();
      return after.size() >= before.size()
          && after.subList(0, before.size()).equals(before)
          && storageBytes(from) == storageBytes(to);
    }
    if (from.name().equals("varchar") && to.name().equals("varchar")) {
      int before = from.args().get(0);
      int after = to.args().get(0);
      return after >= before && (after * 4 <= 255 || before * 4 > 255);
    }
    return false;
  }

  /** Bytes an enum (1 up to 255 members, else 2) or a set (1, 2, 3, 4 or 8) value takes. */
  private static int storageBytes(SqlType t) {
    int n = t.values().size();
    if (t.name().equals("enum")) {
      return n <= 255 ? 1 : 2;
    }
    int bytes = (n + 7) / 8;
    return bytes > 4 ? 8 : bytes == 0 ? 1 : bytes;
  }

  private static int precision(SqlType t) {
    return t.args().isEmpty() ? 0 : t.args().get(0);
  }
}
