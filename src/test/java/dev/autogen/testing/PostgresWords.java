package dev.autogen.testing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words only PostgreSQL speaks: its lock names, statements, procedural language, catalogs, syntax
 * and the suffixes of the names it generates ({@code orders_customer_id_fkey}, {@code
 * users_email_key}). What autogen says for MySQL or MariaDB must hold none of them.
 */
public final class PostgresWords {

  private static final List<Pattern> WORDS =
      Stream.concat(
              Stream.of(
                      "ACCESS EXCLUSIVE",
                      "SHARE ROW EXCLUSIVE",
                      "CONCURRENTLY",
                      "NOT VALID",
                      "VALIDATE CONSTRAINT",
                      "plpgsql",
                      "reltuples",
                      "$$",
                      "nextval('",
                      "::")
                  .map(w -> Pattern.compile(Pattern.quote(w), Pattern.CASE_INSENSITIVE)),
              Stream.of(
                  // a catalog (pg_class, pg_constraint)
                  Pattern.compile("\\bpg_\\w+"),
                  // a generated <table>_<column>_fkey / _pkey / _key name
                  Pattern.compile("\\b\\w+_\\w+_(?:fkey|pkey|key)\\b")))
          .toList();

  private PostgresWords() {}

  /**
   * Each PostgreSQL word in {@code text} with the line it is on, except the words in {@code
   * declared} (lower case): names the user chose, as a constraint the entities name {@code
   * users_external_ref_key}.
   */
  public static Set<String> in(String text, Set<String> declared) {
    Set<String> found = new TreeSet<>();
    for (String line : text.split("\n")) {
      for (Pattern p : WORDS) {
        Matcher m = p.matcher(line);
        while (m.find()) {
          if (!declared.contains(m.group().toLowerCase(Locale.ROOT))) {
            found.add(m.group() + "   in: " + line.strip());
          }
        }
      }
    }
    return found;
  }
}
