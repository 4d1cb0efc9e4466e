package dev.autogen.lint.state;

import dev.autogen.dialect.Dialect;
import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementKind;
import dev.autogen.sql.Tokenizer;
import java.util.List;
import java.util.Optional;

/**
 * What the statements seen so far did, carried across the files of a migration folder in Flyway
 * order, in one piece per thing tracked: the {@link CurrentFile}, the {@link TablesAndColumns} (new
 * ones, types, renames), the {@link NotNullChecks}, the {@link Deprecations}, and the {@link
 * Touches} the semantic checks read afterwards. Names are keyed by {@link Keys}, under the
 * dialect's case rules. One instance per lint run; rules read it, and write only {@link
 * Touches#markHandled} (an expand/contract sequence they recognised).
 */
public final class MigrationState {
  private final Tokenizer tokens;
  private final Keys keys;
  private final CurrentFile file;
  private final TablesAndColumns tables;
  private final NotNullChecks notNullChecks;
  private final IndexesAndNullability indexesAndNullability;
  private final Deprecations deprecations;
  private final Touches touches = new Touches();
  private final Functions functions = new Functions();

  /** State for scripts of {@code dialect}: its names, and its lock timeout setting. */
  public MigrationState(Dialect dialect) {
    this.tokens = new Tokenizer(dialect);
    this.keys = new Keys(dialect.identifiers());
    this.file = new CurrentFile(keys, dialect.scriptConventions().lockTimeoutSetting());
    this.tables = new TablesAndColumns(keys);
    this.notNullChecks = new NotNullChecks(keys, tokens);
    this.indexesAndNullability = new IndexesAndNullability(keys, tokens);
    this.deprecations = new Deprecations(file);
  }

  public Keys keys() {
    return keys;
  }

  public CurrentFile file() {
    return file;
  }

  public TablesAndColumns tables() {
    return tables;
  }

  public NotNullChecks notNullChecks() {
    return notNullChecks;
  }

  public IndexesAndNullability indexesAndNullability() {
    return indexesAndNullability;
  }

  public Deprecations deprecations() {
    return deprecations;
  }

  public Functions functions() {
    return functions;
  }

  public Touches touches() {
    return touches;
  }

  public void startFile(
      String name,
      boolean isLinted,
      boolean isTransactional,
      boolean isContract,
      List<LintStatement> statements) {
    file.start(name, isLinted, isTransactional, isContract, statements);
  }

  /** Applies a statement, after every rule has seen it. */
  public void apply(LintStatement s) {
    touches.next();
    boolean linted = file.linted();
    Optional<String> table = s.table();
    if (linted && (s.kind() == StatementKind.DO_BLOCK || s.kind() == StatementKind.OTHER)) {
      touches.opaque(file.name(), s.line());
    }
    if (linted) {
      table.ifPresent(t -> touched(keys.subject(t, Optional.empty()), s));
    }
    if (linted && s.kind() == StatementKind.DROP_TABLE) {
      table.ifPresent(
          t -> touches.dropped(new Touches.Drop(file.name(), s.line(), t, Optional.empty())));
    }
    switch (s.kind()) {
      case CREATE_TABLE -> table.ifPresent(t -> createTable(t, s));
      case ALTER_TABLE -> table.ifPresent(t -> s.actions().forEach(a -> alter(t, a, s)));
      case CREATE_INDEX ->
          table.ifPresent(t -> indexesAndNullability.indexCreated(t, s.source().text()));
      case SET -> file.set(s);
      case COMMENT -> comment(s);
      case CREATE_FUNCTION -> {
        file.functionCreated(s.detail());
        functions.created(s.source().text());
      }
      case CREATE_TRIGGER ->
          table.ifPresent(
              t ->
                  Deprecations.syncedColumns(tokens, file.functionBodies(), s.source().text())
                      .forEach(c -> deprecations.deprecate(keys.subject(t, Optional.of(c)))));
      default -> {}
    }
  }

  private void createTable(String table, LintStatement s) {
    tables.tableCreated(table, file.linted());
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.ADD_COLUMN && a.column().isPresent()) {
        tables.typed(table, a.column().get(), a.type());
        indexesAndNullability.declared(table, a.column().get(), a.notNull());
      } else if (a.kind() == ActionKind.ADD_CHECK) {
        notNullChecks.added(table, a, true);
      }
    }
  }

  private void alter(String table, AlterAction a, LintStatement s) {
    Optional<String> column = a.column();
    boolean linted = file.linted();
    switch (a.kind()) {
      case ADD_COLUMN -> {
        column.ifPresent(c -> tables.columnAdded(table, c, a.type(), linted));
        column.ifPresent(c -> indexesAndNullability.declared(table, c, a.notNull()));
      }
      case SET_NOT_NULL -> column.ifPresent(c -> indexesAndNullability.changed(table, c, true));
      case ADD_PRIMARY_KEY_USING_INDEX ->
          a.expression()
              .flatMap(indexesAndNullability::index)
              .ifPresent(
                  i ->
                      i.columns()
                          .forEach(
                              c ->
                                  c.ifPresent(
                                      col -> indexesAndNullability.changed(table, col, true))));
      case ALTER_TYPE -> {
        column.ifPresent(c -> tables.typed(table, c, a.type()));
        // a column restated NOT NULL (MySQL MODIFY/CHANGE) in a contract step runs once the old
        // code is gone: the planned end of an expand/contract, not a break of the old code
        if (linted && file.contractStep() && a.notNull() && column.isPresent()) {
          touches.markHandled(keys.subject(table, column));
        }
      }
      case ADD_CHECK -> {
        notNullChecks.added(table, a, !a.notValid());
        if (a.notValid()) {
          file.notValidAdded(a.constraint());
        }
      }
      case ADD_FOREIGN_KEY -> {
        if (a.notValid()) {
          file.notValidAdded(a.constraint());
        }
      }
      case VALIDATE_CONSTRAINT -> a.constraint().ifPresent(notNullChecks::validatedNow);
      case DROP_CONSTRAINT -> a.constraint().ifPresent(notNullChecks::dropped);
      case DROP_NOT_NULL -> {
        deprecations.deprecate(keys.subject(table, column));
        column.ifPresent(c -> indexesAndNullability.changed(table, c, false));
      }
      case COMMENT -> {
        if (a.expression().map(Deprecations::saysDeprecated).orElse(false)) {
          deprecations.deprecate(keys.subject(table, column));
        }
      }
      case RENAME_COLUMN -> {
        if (column.isPresent() && a.expression().isPresent()) {
          String to = a.expression().get();
          tables.columnRenamed(table, column.get(), to);
          notNullChecks.columnRenamed(table, column.get(), to);
          indexesAndNullability.columnRenamed(table, column.get(), to);
          touches.last(keys.subject(table, column), file.name(), s.line());
        }
      }
      case RENAME_TABLE ->
          a.expression()
              .ifPresent(
                  to -> {
                    tables.tableRenamed(table, to);
                    // renaming a table away ("orders_old") is the usual first step before
                    // dropping it
                    deprecations.deprecate(keys.subject(to, Optional.empty()));
                  });
      default -> {}
    }
    if (column.isPresent() && linted) {
      touched(keys.subject(table, column), s);
      if (a.kind() == ActionKind.DROP_COLUMN) {
        touches.dropped(new Touches.Drop(file.name(), s.line(), table, column));
      }
      a.expression()
          .filter(to -> a.kind() == ActionKind.RENAME_COLUMN)
          .ifPresent(to -> touches.in(keys.subject(table, Optional.of(to)), file.name(), s.line()));
    }
  }

  private void comment(LintStatement s) {
    if (s.table().isEmpty() || s.actions().isEmpty()) {
      return;
    }
    AlterAction a = s.actions().get(0);
    if (a.expression().map(Deprecations::saysDeprecated).orElse(false)) {
      deprecations.deprecate(keys.subject(s.table().get(), a.column()));
    }
  }

  private void touched(Subject subject, LintStatement s) {
    touches.last(subject, file.name(), s.line());
    touches.in(subject, file.name(), s.line());
  }
}
