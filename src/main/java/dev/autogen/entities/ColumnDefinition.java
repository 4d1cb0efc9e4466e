package dev.autogen.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition)} split into the type and the clauses autogen models ({@code
 * not null}, {@code default}); any other clause is reported as {@code rest}.
 */
record ColumnDefinition(
    String typeText, boolean notNull, Optional<String> defaultExpression, String rest) {

  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s+(?=(?:not\\s+null|null|default|check|unique|primary\\s+key|references|generated"
              + "|collate|constraint)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_NULL =
      Pattern.compile("\\bnot\\s+null\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFAULT =
      Pattern.compile(
          "\\bdefault\\s+(.+?)(?=\\s+(?:not\\s+null|null|check|unique|primary|references|collate"
              + "|constraint)\\b|$)",
          Pattern.CASE_INSENSITIVE);

  static ColumnDefinition parse(String definition) {
    String text = definition.trim();
    Matcher clause = CLAUSE.matcher(text);
    if (!clause.find()) {
      return new ColumnDefinition(text, false, Optional.empty(), "");
    }
    String type = text.substring(0, clause.start()).trim();
    String clauses = text.substring(clause.end()).trim();
    boolean notNull = NOT_NULL.matcher(clauses).find();
    Optional<String> defaultExpression = Optional.empty();
    Matcher d = DEFAULT.matcher(clauses);
    String rest = NOT_NULL.matcher(clauses).replaceAll("");
    if (d.find()) {
      defaultExpression = Optional.of(d.group(1).trim());
      rest =
          NOT_NULL
              .matcher(clauses.substring(0, d.start()) + clauses.substring(d.end()))
              .replaceAll("");
    }
    rest = rest.trim();
    if (rest.toLowerCase(Locale.ROOT).equals("null")) {
      rest = "";
    }
    return new ColumnDefinition(type, notNull, defaultExpression, rest);
  }
}
