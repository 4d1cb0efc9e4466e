package dev.autogen.it;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names for generated tables, columns, indexes and constraints: reserved words, mixed case, quotes,
 * spaces, unicode and 63-byte names (PostgreSQL's limit), made unique within their scope by a
 * suffix that keeps them within 63 bytes.
 */
final class PairNames {

  static final List<String> POOL =
      List.of(
          "t",
          "select",
          "user",
          "order",
          "Group",
          "MixedCase",
          "we\"ird",
          "it's",
          "größe",
          "名前",
          "a b",
          "x".repeat(63),
          "é".repeat(31) + "z",
          "value",
          "from",
          "UPPER",
          "desc",
          "limit");

  private final Choices choices;
  private final Set<String> relations = new HashSet<>();

  PairNames(Choices choices) {
    this.choices = choices;
  }

  /** A table, index or constraint name, unique in the schema (PostgreSQL's relation namespace). */
  String relation() {
    return unique(choices.pick(POOL), relations);
  }

  /** A column name unique among {@code taken}. */
  String column(Set<String> taken) {
    return unique(choices.pick(POOL), taken);
  }

  void reserve(String relation) {
    relations.add(relation);
  }

  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      String suffix = "_" + n;
      name = bytePrefix(base, 63 - suffix.length()) + suffix;
    }
    taken.add(name);
    return name;
  }

  private static String bytePrefix(String s, int maxBytes) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int b = ch.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + b > maxBytes) {
        break;
      }
      out.append(ch);
      bytes += b;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
