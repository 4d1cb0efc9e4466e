package dev.autogen.lint;

import dev.autogen.devdb.SqlStatement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a migration file as the rules see it.
 *
 * @param source the statement text and its line in the file
 * @param kind what it does
 * @param table the table it works on (catalog form, without schema), if any
 * @param concurrently whether {@code CONCURRENTLY} was given (index and reindex statements)
 * @param actions the actions of an {@code ALTER TABLE}, or the columns of a {@code CREATE TABLE} as
 *     {@link ActionKind#ADD_COLUMN} / constraint actions; empty otherwise
 * @param detail kind-specific words: the setting of a {@code SET}, {@code FULL} for {@code VACUUM
 *     FULL}, the object kind and name of a {@code COMMENT}, a function body
 * @param parser which parser understood it: {@code jsqlparser} or {@code tokens} (the fallback
 *     classifier for PostgreSQL syntax JSqlParser does not know)
 */
record LintStatement(
    SqlStatement source,
    StatementKind kind,
    Optional<String> table,
    boolean concurrently,
    List<AlterAction> actions,
    String detail,
    String parser) {
  LintStatement {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    actions = List.copyOf(actions);
    Objects.requireNonNull(detail, "detail");
  }

  LintStatement withParser(String p) {
    return new LintStatement(source, kind, table, concurrently, actions, detail, p);
  }

  int line() {
    return source.line();
  }
}
