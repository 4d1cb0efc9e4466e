package dev.autogen.classify;

import java.util.List;
import java.util.Locale;

/**
 * Defaults evaluated per row. PostgreSQL 11+ stores a constant default in the catalog when a column
 * is added, but a volatile one must be computed for every existing row: a full rewrite.
 */
public final class VolatileDefaults {

  private static final List<String> VOLATILE =
      List.of(
          "random(",
          "clock_timestamp(",
          "gen_random_uuid(",
          "uuid_generate",
          "nextval(",
          "timeofday(");

  private VolatileDefaults() {}

  public static boolean isVolatile(String expression) {
    String e = expression.toLowerCase(Locale.ROOT);
    return VOLATILE.stream().anyMatch(e::contains);
  }
}
