package dev.autogen.sql;

import dev.autogen.dialect.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a user's SQL expression (a {@code --backfill} value, already checked to be one
 * expression) reads a column of the row: a name that is not a function call, a keyword or a type
 * after {@code ::} / {@code AS}, read over the dialect's tokens (so quotes, escapes and string
 * prefixes are the server's). It only decides whether a backfill file notes that its value is a
 * one-time copy, so a rare miss costs a comment, not correctness.
 */
public final class ColumnReads {

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
          "collate",
          "at");

  private ColumnReads() {}

  /** Whether {@code expression} reads a column of the row, as {@code dialect} reads it. */
  public static boolean any(String expression, Dialect dialect) {
    List<Token> tokens = new Tokenizer(dialect).tokens(expression);
    String previous = "";
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isName()) {
        previous = t.type() == Token.Type.SYMBOL ? t.text() : "";
        continue;
      }
      // a qualified name (schema.function, table.column) is decided by the whole chain
      int end = i;
      while (end + 2 < tokens.size()
          && tokens.get(end + 1).isSymbol(".")
          && tokens.get(end + 2).isName()) {
        end += 2;
      }
      boolean type = previous.equals("::") || previous.equals("as");
      boolean call = end + 1 < tokens.size() && tokens.get(end + 1).isSymbol("(");
      boolean keyword =
          end == i
              && t.type() == Token.Type.WORD
              && WORDS.contains(t.text().toLowerCase(Locale.ROOT));
      if (!type && !call && !keyword) {
        return true;
      }
      previous = end == i && t.type() == Token.Type.WORD ? t.text().toLowerCase(Locale.ROOT) : "";
      i = end;
    }
    return false;
  }
}
