package dev.autogen.lint;

import dev.autogen.sql.SqlStatement;
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
 *     {@link ActionKind#ADD_COLUMN} / constraint actions, the {@code ALGORITHM} / {@code LOCK}
 *     options of a MySQL {@code CREATE INDEX} / {@code DROP INDEX}, the value of a {@code SET};
 *     empty otherwise
 * @param detail kind-specific words: the setting of a {@code SET}, {@code FULL} for {@code VACUUM
 *     FULL}, the object kind and name of a {@code COMMENT}, a function body
 * @param parser which parser understood it: {@code jsqlparser} or {@code tokens} (the fallback
 *     classifier for PostgreSQL syntax JSqlParser does not know)
 */
public record LintStatement(
    SqlStatement source,
    StatementKind kind,
    Optional<String> table,
    boolean concurrently,
    List<AlterAction> actions,
    String detail,
    String parser) {
  public LintStatement {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    actions = List.copyOf(actions);
    Objects.requireNonNull(detail, "detail");
  }

  LintStatement withParser(String p) {
    return new LintStatement(source, kind, table, concurrently, actions, detail, p);
  }

  public int line() {
    return source.line();
  }

  /** Whether this is an {@code ALTER TABLE} with an action of one of {@code kinds}. */
  public boolean altersWith(ActionKind... kinds) {
    List<ActionKind> wanted = List.of(kinds);
    return kind == StatementKind.ALTER_TABLE
        && actions.stream().anyMatch(a -> wanted.contains(a.kind()));
  }

  /** The value of a MySQL {@code ALGORITHM=} or {@code LOCK=} option, in upper case. */
  public Optional<String> option(ActionKind kind) {
    return actions.stream()
        .filter(a -> a.kind() == kind)
        .reduce((first, second) -> second)
        .flatMap(AlterAction::expression);
  }

  /**
   * The statement asks MySQL for a blocking form: {@code ALGORITHM=COPY}, or {@code LOCK=SHARED} /
   * {@code LOCK=EXCLUSIVE}.
   */
  public boolean asksToBlock() {
    return option(ActionKind.ALGORITHM).filter("COPY"::equals).isPresent()
        || option(ActionKind.LOCK)
            .filter(l -> l.equals("SHARED") || l.equals("EXCLUSIVE"))
            .isPresent();
  }

  /**
   * The statement demands an online change, so the server refuses rather than copies or locks:
   * {@code ALGORITHM=INSTANT}, or {@code ALGORITHM=INPLACE} (MariaDB also {@code NOCOPY}) with
   * {@code LOCK=NONE}.
   */
  public boolean demandsOnline() {
    if (asksToBlock()) {
      return false;
    }
    String algorithm = option(ActionKind.ALGORITHM).orElse("DEFAULT");
    boolean noLock = option(ActionKind.LOCK).filter("NONE"::equals).isPresent();
    return algorithm.equals("INSTANT")
        || ((algorithm.equals("INPLACE") || algorithm.equals("NOCOPY")) && noLock);
  }
}
