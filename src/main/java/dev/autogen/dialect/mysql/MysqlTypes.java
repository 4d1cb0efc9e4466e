package dev.autogen.dialect.mysql;

import dev.autogen.model.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> INTEGERS =
      Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
  private static final List<String> INTEGER_ORDER =
      List.of("tinyint", "smallint", "mediumint", "int", "bigint");
  private static final List<String> TEXTS = List.of("tinytext", "text", "mediumtext", "longtext");
  private static final List<String> BLOBS = List.of("tinyblob", "blob", "mediumblob", "longblob");
  private static final Set<String> TEMPORAL = Set.of("time", "datetime", "timestamp");

  /** The canonical form of a base name and its arguments. */
  static SqlType canonical(String base, List<Integer> args) {
    String name = ALIASES.getOrDefault(base, base);
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

  static boolean isWidening(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    String f = from.name();
    String t = to.name();
    if (INTEGER_ORDER.contains(f) && INTEGER_ORDER.contains(t)) {
      return INTEGER_ORDER.indexOf(t) >= INTEGER_ORDER.indexOf(f);
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
    if (TEMPORAL.contains(f) && f.equals(t)) {
      return precision(to) >= precision(from);
    }
    return false;
  }

  /**
   * Whether MySQL changes the type in place without copying the table: extending a varchar while
   * its length prefix keeps its size (both at most 255 bytes or both above, counted at 4 bytes a
   * character since the character set is not part of the type).
   */
  static boolean isInPlace(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    if (from.name().equals("varchar") && to.name().equals("varchar")) {
      int before = from.args().get(0);
      int after = to.args().get(0);
      return after >= before && (after * 4 <= 255 || before * 4 > 255);
    }
    return false;
  }

  private static int precision(SqlType t) {
    return t.args().isEmpty() ? 0 : t.args().get(0);
  }
}
