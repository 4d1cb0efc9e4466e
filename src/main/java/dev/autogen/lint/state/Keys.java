package dev.autogen.lint.state;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.Identifier;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the lint state's keys from names as statements and models give them (already in catalog
 * form: folded where the dialect folds unquoted names), under the dialect's case rules: where the
 * server compares names without case (MySQL column names always, table names under {@code
 * lower_case_table_names}), the key is lower-cased, so {@code Price} and {@code price} are one
 * column. Every key of the state is made here, so statements and schemas compare alike.
 */
public final class Keys {
  private final IdentifierRules rules;

  public Keys(IdentifierRules rules) {
    this.rules = rules;
  }

  /** The key of a table. */
  public Identifier table(String name) {
    return table(Identifier.of(name));
  }

  public Identifier table(Identifier name) {
    return rules.caseSensitiveTables() ? name : lower(name);
  }

  /** The key of a column of {@code table}. */
  public ColumnKey column(String table, String column) {
    return column(Identifier.of(table), Identifier.of(column));
  }

  public ColumnKey column(Identifier table, Identifier column) {
    return new ColumnKey(table(table), rules.caseSensitiveColumns() ? column : lower(column));
  }

  /** The subject of a table, or of a column of it. */
  public Subject subject(String table, Optional<String> column) {
    return column.map(c -> column(table, c).subject()).orElseGet(() -> Subject.of(table(table)));
  }

  public Subject subject(Identifier table, Optional<Identifier> column) {
    return column.map(c -> column(table, c).subject()).orElseGet(() -> Subject.of(table(table)));
  }

  /** The subject a finding names as {@code t} or {@code t.c}. */
  public Subject subject(String text) {
    int dot = text.indexOf('.');
    return dot <= 0 || dot == text.length() - 1
        ? subject(text, Optional.empty())
        : subject(text.substring(0, dot), Optional.of(text.substring(dot + 1)));
  }

  private static Identifier lower(Identifier name) {
    return Identifier.of(name.value().toLowerCase(Locale.ROOT));
  }
}
