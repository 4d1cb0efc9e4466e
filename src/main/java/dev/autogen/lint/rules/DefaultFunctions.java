package dev.autogen.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column default calls, and which of PostgreSQL's own functions are volatile. PostgreSQL 11+
 * evaluates a non-volatile default once and stores the value in the catalog; a volatile one is
 * evaluated per row, which rewrites the table. The lists hold the built-ins migrations use in
 * defaults; a function in neither list is looked up among the functions the migration files create
 * (volatile unless declared STABLE or IMMUTABLE).
 */
final class DefaultFunctions {
  /** Built-ins whose {@code pg_proc.provolatile} is {@code v}. */
  static final Set<String> VOLATILE =
      Set.of(
          "random",
          "random_normal",
          "setseed",
          "clock_timestamp",
          "timeofday",
          "gen_random_uuid",
          "uuidv4",
          "uuidv7",
          "uuid_generate_v1",
          "uuid_generate_v1mc",
          "uuid_generate_v4",
          "nextval",
          "txid_current",
          "pg_current_xact_id",
          "gen_random_bytes",
          "gen_salt");

  /** Built-ins (and call-like syntax) that are stable or immutable: evaluated once. */
  static final Set<String> NON_VOLATILE =
      Set.of(
          "now",
          "current_timestamp",
          "current_time",
          "current_date",
          "localtimestamp",
          "localtime",
          "statement_timestamp",
          "transaction_timestamp",
          "current_setting",
          "lower",
          "upper",
          "length",
          "abs",
          "round",
          "floor",
          "ceil",
          "concat",
          "to_char",
          "to_date",
          "to_timestamp",
          "to_number",
          "to_json",
          "to_jsonb",
          "json_build_object",
          "jsonb_build_object",
          "json_build_array",
          "jsonb_build_array",
          "make_date",
          "make_timestamp",
          "make_timestamptz",
          "make_interval",
          "date_trunc",
          "date_part",
          "md5",
          "replace",
          "left",
          "right",
          "lpad",
          "rpad",
          "timezone",
          "array_fill",
          // syntax that looks like a call
          "cast",
          "coalesce",
          "nullif",
          "greatest",
          "least",
          "extract",
          "position",
          "substring",
          "trim",
          "overlay",
          "row",
          "array",
          "interval",
          "varchar",
          "char",
          "numeric",
          "decimal",
          "timestamp",
          "timestamptz",
          "time",
          "bit",
          "float");

  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern CALL =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_$]*)*)\\s*\\(");

  private DefaultFunctions() {}

  /** The functions a default expression calls, by name in lower case without schema. */
  static List<String> calls(String expression) {
    String code = STRING.matcher(expression).replaceAll("''");
    List<String> out = new ArrayList<>();
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      String name = m.group(1).replaceAll("\\s", "");
      int dot = name.lastIndexOf('.');
      out.add(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The serial pseudo-types: an implicit {@code DEFAULT nextval(...)}. */
  static boolean serial(String type) {
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2" -> true;
      default -> false;
    };
  }
}
