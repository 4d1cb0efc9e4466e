package dev.autogen.lint.state;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.Token;
import dev.autogen.lint.Tokens;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the statements seen so far did, carried across the files of a migration folder in Flyway
 * order: which tables are new in the change being linted, which NOT NULL checks are validated,
 * which columns and tables were deprecated in an earlier file, and per file whether a lock timeout
 * is set and data or schema changed. One instance per lint run; rules read it, and write only
 * {@link #markHandled} (an expand/contract sequence they recognised).
 */
public final class MigrationState {
  private final Tokens tokens;
  private final String lockTimeoutSetting;
  private final Set<String> newTables = new HashSet<>();
  private final Set<String> newColumns = new HashSet<>();
  private final Map<String, String> columnTypes = new HashMap<>();
  private final Map<String, CheckInfo> checks = new HashMap<>();
  private final Set<String> validatedNotNull = new HashSet<>();
  private final Map<String, Integer> deprecatedSince = new HashMap<>();
  private final Map<String, Location> lastTouch = new HashMap<>();
  private final Set<String> handled = new HashSet<>();
  // file -> subject -> the first line of that file touching it
  private final Map<String, Map<String, Integer>> touchedByFile = new HashMap<>();
  private final List<Drop> drops = new ArrayList<>();
  private final List<RenameHint> renames = new ArrayList<>();

  private int fileIndex = -1;
  private String fileName = "";
  private boolean linted;
  private boolean transactional;
  private boolean contract;
  private List<LintStatement> fileStatements = List.of();
  private boolean lockTimeout;
  private boolean foreignKeyChecksOff;
  private final Set<String> notValidThisFile = new HashSet<>();
  private final List<String> functionBodiesThisFile = new ArrayList<>();

  private record CheckInfo(String table, Optional<String> notNullColumn) {}

  /** A DROP TABLE or DROP COLUMN in a linted file ({@code subject} is {@code t} or {@code t.c}). */
  public record Drop(String file, int line, String subject) {}

  /** Where a subject was last touched by a linted statement; {@code order} counts statements. */
  public record Location(String file, int line, int order) {}

  private int order;
  private Location lastOpaque;

  /** State for scripts of {@code dialect}: its names, and its lock timeout setting. */
  public MigrationState(dev.autogen.dialect.Dialect dialect) {
    this.tokens = new Tokens(dialect);
    this.lockTimeoutSetting = dialect.scriptConventions().lockTimeoutSetting();
  }

  public void startFile(
      String name,
      boolean isLinted,
      boolean isTransactional,
      boolean isContract,
      List<LintStatement> statements) {
    fileIndex++;
    contract = isContract;
    fileName = name;
    linted = isLinted;
    transactional = isTransactional;
    fileStatements = List.copyOf(statements);
    lockTimeout = false;
    foreignKeyChecksOff = false;
    notValidThisFile.clear();
    functionBodiesThisFile.clear();
  }

  // ---- questions the rules ask

  /** True unless the table was created by a file of the change being linted. */
  public boolean existing(Optional<String> table) {
    return table.isPresent() && !newTables.contains(table.get());
  }

  public boolean newColumn(String table, String column) {
    return newColumns.contains(key(table, column));
  }

  /**
   * Whether, in this transactional file, a column is renamed to {@code column} of {@code table}
   * after it was renamed away: a column swapped in under the old name (autogen's type swap), which
   * the running code never sees missing.
   */
  public boolean reinstatedInThisFile(String table, String column) {
    if (!transactional) {
      return false;
    }
    return fileStatements.stream()
        .filter(
            st -> st.kind() == StatementKind.ALTER_TABLE && st.table().equals(Optional.of(table)))
        .flatMap(st -> st.actions().stream())
        .anyMatch(
            a ->
                a.kind() == ActionKind.RENAME_COLUMN
                    && !a.column().equals(Optional.of(column))
                    && a.expression().equals(Optional.of(column)));
  }

  public boolean notNullValidated(String table, String column) {
    return validatedNotNull.contains(key(table, column));
  }

  /** Whether a file before the current one deprecated the subject ({@code t} or {@code t.c}). */
  public boolean deprecatedEarlier(String subject) {
    Integer since = deprecatedSince.get(subject);
    return since != null && since < fileIndex;
  }

  public Optional<String> columnType(String table, String column) {
    return Optional.ofNullable(columnTypes.get(key(table, column)));
  }

  /**
   * Whether the current file is a contract step: it waits in the deferred folder, or autogen's
   * header says so (a promoted one). It runs once the old code is gone, so its drops are the
   * planned end of a deprecation; contract gating checks that the sources no longer use them.
   */
  public boolean contractStep() {
    return contract;
  }

  /** Whether the current file set the dialect's lock timeout setting before this statement. */
  public boolean lockTimeoutSet() {
    return lockTimeout;
  }

  /** The dialect's lock timeout setting ({@code lock_timeout}, {@code lock_wait_timeout}). */
  String lockTimeoutSetting() {
    return lockTimeoutSetting;
  }

  /** Whether the current file turned MySQL's {@code foreign_key_checks} off before this point. */
  public boolean foreignKeyChecksOff() {
    return foreignKeyChecksOff;
  }

  public boolean transactional() {
    return transactional;
  }

  public boolean addedNotValidInThisFile(String constraint) {
    return notValidThisFile.contains(constraint);
  }

  public List<LintStatement> fileStatements() {
    return fileStatements;
  }

  /**
   * Records that an expand/contract sequence handles the subject, so no schema finding repeats it.
   */
  public void markHandled(String subject) {
    handled.add(subject);
  }

  // ---- what the semantic check reads afterwards

  public Set<String> handled() {
    return Set.copyOf(handled);
  }

  public Optional<Location> lastTouch(String subject) {
    return Optional.ofNullable(lastTouch.get(subject));
  }

  /** The last linted statement the rules cannot see into (a DO block, a function call). */
  public Optional<Location> lastOpaque() {
    return Optional.ofNullable(lastOpaque);
  }

  /** The subjects ({@code t}, {@code t.c}) the statements of a linted file touched. */
  public Set<String> touchedBy(String file) {
    return Set.copyOf(touchedByFile.getOrDefault(file, Map.of()).keySet());
  }

  /**
   * The first line of a linted file that touches {@code subject} ({@code t.c} falls back to its
   * table {@code t}).
   */
  public Optional<Integer> firstTouchIn(String file, String subject) {
    Map<String, Integer> lines = touchedByFile.getOrDefault(file, Map.of());
    int dot = subject.indexOf('.');
    return Optional.ofNullable(lines.get(subject))
        .or(
            () ->
                dot < 0
                    ? Optional.empty()
                    : Optional.ofNullable(lines.get(subject.substring(0, dot))));
  }

  /** Every DROP TABLE / DROP COLUMN of the linted files, in order. */
  public List<Drop> drops() {
    return List.copyOf(drops);
  }

  public List<RenameHint> renames() {
    return List.copyOf(renames);
  }

  // ---- applying a statement

  public void apply(LintStatement s) {
    order++;
    Optional<String> table = s.table();
    if (linted && (s.kind() == StatementKind.DO_BLOCK || s.kind() == StatementKind.OTHER)) {
      lastOpaque = new Location(fileName, s.line(), order);
    }
    table.ifPresent(t -> touch(t, s));
    if (linted && s.kind() == StatementKind.DROP_TABLE) {
      table.ifPresent(t -> drops.add(new Drop(fileName, s.line(), t)));
    }
    switch (s.kind()) {
      case CREATE_TABLE -> table.ifPresent(t -> createTable(t, s));
      case ALTER_TABLE -> table.ifPresent(t -> s.actions().forEach(a -> alter(t, a, s)));
      case SET -> set(s);
      case COMMENT -> comment(s);
      case CREATE_FUNCTION -> functionBodiesThisFile.add(s.detail());
      case CREATE_TRIGGER -> table.ifPresent(t -> syncTrigger(t, s.source().text()));
      default -> {}
    }
  }

  private void set(LintStatement s) {
    String value = s.actions().isEmpty() ? "" : s.actions().get(0).expression().orElse("").strip();
    if (s.detail().equals(lockTimeoutSetting)) {
      // RESET (SET ... TO DEFAULT) gives the session's default back: no timeout of the file's own
      lockTimeout = !value.equalsIgnoreCase("DEFAULT");
    }
    if (s.detail().equals("foreign_key_checks")) {
      foreignKeyChecksOff = value.equals("0") || value.equalsIgnoreCase("OFF");
    }
  }

  private void createTable(String table, LintStatement s) {
    if (linted) {
      newTables.add(table);
    }
    for (AlterAction a : s.actions()) {
      if (a.kind() == ActionKind.ADD_COLUMN && a.column().isPresent()) {
        a.type().ifPresent(type -> columnTypes.put(key(table, a.column().get()), type));
      } else if (a.kind() == ActionKind.ADD_CHECK) {
        addCheck(table, a, true);
      }
    }
  }

  private void alter(String table, AlterAction a, LintStatement s) {
    String column = a.column().orElse(null);
    switch (a.kind()) {
      case ADD_COLUMN -> {
        if (column != null) {
          a.type().ifPresent(type -> columnTypes.put(key(table, column), type));
          if (linted) {
            newColumns.add(key(table, column));
          }
        }
      }
      case ALTER_TYPE -> {
        a.type().ifPresent(type -> columnTypes.put(key(table, column), type));
        // a column restated NOT NULL (MySQL MODIFY/CHANGE) in a contract step runs once the old
        // code is gone: the planned end of an expand/contract, not a break of the old code
        if (linted && contract && a.notNull() && column != null) {
          markHandled(key(table, column));
        }
      }
      case ADD_CHECK -> {
        addCheck(table, a, !a.notValid());
        if (a.notValid()) {
          a.constraint().ifPresent(notValidThisFile::add);
        }
      }
      case ADD_FOREIGN_KEY -> {
        if (a.notValid()) {
          a.constraint().ifPresent(notValidThisFile::add);
        }
      }
      case VALIDATE_CONSTRAINT ->
          a.constraint()
              .map(checks::get)
              .ifPresent(
                  c ->
                      c.notNullColumn()
                          .ifPresent(col -> validatedNotNull.add(key(c.table(), col))));
      case DROP_CONSTRAINT ->
          a.constraint()
              .map(checks::remove)
              .ifPresent(
                  c ->
                      c.notNullColumn()
                          .ifPresent(col -> validatedNotNull.remove(key(c.table(), col))));
      case DROP_NOT_NULL -> deprecate(key(table, column));
      case COMMENT -> {
        if (a.expression().map(MigrationState::saysDeprecated).orElse(false)) {
          deprecate(key(table, column));
        }
      }
      case RENAME_COLUMN -> {
        String to = a.expression().orElse(null);
        if (column != null && to != null) {
          renames.add(
              RenameHint.column(Identifier.of(table), Identifier.of(column), Identifier.of(to)));
          Optional.ofNullable(columnTypes.remove(key(table, column)))
              .ifPresent(t -> columnTypes.put(key(table, to), t));
          // a check follows its column through a rename, as the database keeps it
          boolean validated = validatedNotNull.remove(key(table, column));
          checks.replaceAll(
              (name, c) ->
                  c.table().equals(table) && c.notNullColumn().equals(Optional.of(column))
                      ? new CheckInfo(table, Optional.of(to))
                      : c);
          if (validated) {
            validatedNotNull.add(key(table, to));
          }
          lastTouch.put(key(table, column), new Location(fileName, s.line(), order));
        }
      }
      case RENAME_TABLE ->
          a.expression()
              .ifPresent(
                  to -> {
                    renames.add(RenameHint.table(Identifier.of(table), Identifier.of(to)));
                    if (newTables.contains(table)) {
                      newTables.add(to);
                    }
                    // renaming a table away ("orders_old") is the usual first step before dropping
                    // it
                    deprecate(to);
                  });
      default -> {}
    }
    if (column != null && linted) {
      lastTouch.put(key(table, column), new Location(fileName, s.line(), order));
      touchedIn(key(table, column), s);
      if (a.kind() == ActionKind.DROP_COLUMN) {
        drops.add(new Drop(fileName, s.line(), key(table, column)));
      }
      a.expression()
          .filter(to -> a.kind() == ActionKind.RENAME_COLUMN)
          .ifPresent(to -> touchedIn(key(table, to), s));
    }
  }

  private void addCheck(String table, AlterAction a, boolean validated) {
    Optional<String> column = a.expression().flatMap(this::isNotNullColumn);
    a.constraint().ifPresent(name -> checks.put(name, new CheckInfo(table, column)));
    if (validated) {
      column.ifPresent(c -> validatedNotNull.add(key(table, c)));
    }
  }

  /** {@code c IS NOT NULL} (any parentheses and case) names column c. */
  public Optional<String> isNotNullColumn(String expression) {
    List<Token> tokens =
        this.tokens.of(expression).stream()
            .filter(t -> !t.isSymbol("(") && !t.isSymbol(")"))
            .toList();
    if (tokens.size() == 4
        && tokens.get(0).isName()
        && tokens.get(1).is("IS")
        && tokens.get(2).is("NOT")
        && tokens.get(3).is("NULL")) {
      return Optional.of(tokens.get(0).name());
    }
    return Optional.empty();
  }

  private void comment(LintStatement s) {
    if (s.table().isEmpty() || s.actions().isEmpty()) {
      return;
    }
    AlterAction a = s.actions().get(0);
    boolean deprecated = a.expression().map(MigrationState::saysDeprecated).orElse(false);
    if (deprecated) {
      deprecate(a.column().map(c -> key(s.table().get(), c)).orElse(s.table().get()));
    }
  }

  /**
   * A trigger that copies {@code NEW.x}/{@code OLD.x}, in a function created in the same file
   * (PostgreSQL) or in its own body (MySQL's {@code SET NEW.x = ...}), is the expand step of a
   * rename or type change: the columns it names are on their way out.
   */
  private void syncTrigger(String table, String triggerText) {
    List<String> bodies = new ArrayList<>(functionBodiesThisFile);
    bodies.add(triggerText);
    for (String body : bodies) {
      List<Token> tokens = this.tokens.of(body);
      if (!assignsNew(tokens)) {
        continue; // an audit trigger reads NEW/OLD but keeps no column in step
      }
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if ((tokens.get(i).is("NEW") || tokens.get(i).is("OLD"))
            && tokens.get(i + 1).isSymbol(".")
            && tokens.get(i + 2).isName()) {
          deprecate(key(table, tokens.get(i + 2).name()));
        }
      }
    }
  }

  /** Whether a trigger body assigns to a {@code NEW.x} column ({@code :=} or {@code SET ... =}). */
  private static boolean assignsNew(List<Token> tokens) {
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is("NEW")
          && tokens.get(i + 1).isSymbol(".")
          && tokens.get(i + 2).isName()
          && (tokens.get(i + 3).isSymbol("=")
              || tokens.get(i + 3).isSymbol(":=")
              || tokens.get(i + 3).isSymbol(":"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysDeprecated(String comment) {
    return comment.toLowerCase(Locale.ROOT).contains("deprecated");
  }

  private void deprecate(String subject) {
    deprecatedSince.putIfAbsent(subject, fileIndex);
  }

  private void touchedIn(String subject, LintStatement s) {
    touchedByFile.computeIfAbsent(fileName, f -> new HashMap<>()).putIfAbsent(subject, s.line());
  }

  private void touch(String table, LintStatement s) {
    if (linted) {
      lastTouch.put(table, new Location(fileName, s.line(), order));
      touchedIn(table, s);
    }
  }

  public static String key(String table, String column) {
    return column == null ? table : table + "." + column;
  }
}
