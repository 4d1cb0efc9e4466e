package dev.autogen.lint.state;

import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Token;
import dev.autogen.lint.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CHECK constraints of the form {@code c IS NOT NULL} the statements seen so far added, by
 * constraint name, and which of their columns are validated: a validated check makes a later SET
 * NOT NULL safe (PostgreSQL then skips the full scan under its lock).
 */
public final class NotNullChecks {
  private record Check(String table, Optional<String> notNullColumn) {}

  private final Keys keys;
  private final Tokens tokens;
  private final Map<String, Check> checks = new HashMap<>();
  private final Set<ColumnKey> validated = new HashSet<>();

  NotNullChecks(Keys keys, Tokens tokens) {
    this.keys = keys;
    this.tokens = tokens;
  }

  /** Whether a validated check says the column is not null. */
  public boolean validated(String table, String column) {
    return validated.contains(keys.column(table, column));
  }

  /** {@code c IS NOT NULL} (any parentheses and case) names column c. */
  public Optional<String> isNotNullColumn(String expression) {
    List<Token> t =
        tokens.of(expression).stream().filter(x -> !x.isSymbol("(") && !x.isSymbol(")")).toList();
    if (t.size() == 4
        && t.get(0).isName()
        && t.get(1).is("IS")
        && t.get(2).is("NOT")
        && t.get(3).is("NULL")) {
      return Optional.of(t.get(0).name());
    }
    return Optional.empty();
  }

  void added(String table, AlterAction a, boolean isValidated) {
    Optional<String> column = a.expression().flatMap(this::isNotNullColumn);
    a.constraint().ifPresent(name -> checks.put(name, new Check(table, column)));
    if (isValidated) {
      column.ifPresent(c -> validated.add(keys.column(table, c)));
    }
  }

  void validatedNow(String constraint) {
    Optional.ofNullable(checks.get(constraint))
        .ifPresent(c -> c.notNullColumn().ifPresent(col -> validated.add(key(c, col))));
  }

  void dropped(String constraint) {
    Optional.ofNullable(checks.remove(constraint))
        .ifPresent(c -> c.notNullColumn().ifPresent(col -> validated.remove(key(c, col))));
  }

  /** A check follows its column through a rename, as the database keeps it. */
  void columnRenamed(String table, String from, String to) {
    boolean wasValidated = validated.remove(keys.column(table, from));
    ColumnKey old = keys.column(table, from);
    checks.replaceAll(
        (name, c) ->
            c.notNullColumn().isPresent() && key(c, c.notNullColumn().get()).equals(old)
                ? new Check(table, Optional.of(to))
                : c);
    if (wasValidated) {
      validated.add(keys.column(table, to));
    }
  }

  private ColumnKey key(Check c, String column) {
    return keys.column(c.table(), column);
  }
}
