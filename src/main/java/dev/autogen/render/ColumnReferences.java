package dev.autogen.render;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a user's SQL expression (a {@code --backfill} value, already checked to be one
 * expression) reads a column of the row: a name outside quotes that is not a function call, a
 * keyword or a type after {@code ::} / {@code AS}. It only decides whether the backfill file notes
 * that its value is a one-time copy, so a rare miss costs a comment, not correctness.
 */
final class ColumnReferences {

  private static final Set<String> WORDS =
      Set.of(
          "true",
          "false",
          "null",
          "current_timestamp",
          "current_date",
          "current_time",
          "localtimestamp",
          "localtime",
          "current_user",
          "session_user",
          "user",
          "and",
          "or",
          "not",
          "is",
          "case",
          "when",
          "then",
          "else",
          "end",
          "in",
          "between",
          "like",
          "ilike",
          "similar",
          "to",
          "distinct",
          "from",
          "escape",
          "interval",
          "date",
          "time",
          "timestamp",
          "with",
          "without",
          "zone",
          "as",
          "e",
          "x",
          "b",
          "n",
          "u&",
          "collate",
          "at");

  private ColumnReferences() {}

  static boolean any(String sql) {
    int i = 0;
    String previous = "";
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = sql.indexOf(c, i + 1);
        if (c != '\'') {
          // a quoted name that is not a call reads a column
          int after = close < 0 ? sql.length() : close + 1;
          if (!followedByParen(sql, after) && !previous.equals("::") && !previous.equals("as")) {
            return true;
          }
        }
        i = close < 0 ? sql.length() : close + 1;
        previous = "";
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(j))
                || sql.charAt(j) == '_'
                || sql.charAt(j) == '.')) {
          j++;
        }
        String word = sql.substring(i, j).toLowerCase(Locale.ROOT);
        boolean type = previous.equals("::") || previous.equals("as");
        if (!type && !WORDS.contains(word) && !followedByParen(sql, j)) {
          return true;
        }
        previous = word;
        i = j;
      } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
        previous = "::";
        i += 2;
      } else {
        if (!Character.isWhitespace(c)) {
          previous = String.valueOf(c);
        }
        i++;
      }
    }
    return false;
  }

  private static boolean followedByParen(String sql, int from) {
    int k = from;
    while (k < sql.length() && Character.isWhitespace(sql.charAt(k))) {
      k++;
    }
    return k < sql.length() && sql.charAt(k) == '(';
  }
}
