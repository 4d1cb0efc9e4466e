package dev.autogen.lint;

import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.Token;
import java.util.List;
import java.util.Optional;

/**
 * The fallback classifier for statements JSqlParser cannot parse: PostgreSQL-only syntax such as
 * {@code CREATE INDEX CONCURRENTLY}, {@code ADD CONSTRAINT ... NOT VALID}, {@code VACUUM}, {@code
 * CLUSTER}, {@code REINDEX}, {@code DO} blocks and plpgsql function bodies. It reads the leading
 * keywords of one statement's tokens (never the whole file), enough to name the statement kind, its
 * table and its {@code ALTER TABLE} actions.
 */
final class TokenStatements {
  static final String PARSER = "tokens";

  private TokenStatements() {}

  static LintStatement read(SqlStatement source) {
    TokenCursor c = new TokenCursor(source.tokens());
    if (c.accept("CREATE")) {
      return create(source, c);
    }
    if (c.peek().is("ALTER") && alterTable(c)) {
      // MariaDB's ALTER ONLINE TABLE is ALTER TABLE ... LOCK=NONE
      boolean online = c.accept("ONLINE");
      c.accept("IGNORE");
      c.accept("TABLE");
      c.skipIfExists();
      c.accept("ONLY");
      String table = c.qualifiedName();
      List<AlterAction> actions = new java.util.ArrayList<>(AlterActions.ofAlter(c.rest()));
      if (online) {
        actions.add(AlterAction.of(ActionKind.LOCK).withExpression("NONE"));
      }
      return of(source, StatementKind.ALTER_TABLE, table, false, actions, "");
    }
    if (c.accept("RENAME", "TABLE")) {
      // MySQL: RENAME TABLE a TO b is ALTER TABLE a RENAME TO b
      String from = c.qualifiedName();
      c.accept("TO");
      AlterAction rename =
          AlterAction.of(ActionKind.RENAME_TABLE).withExpression(c.qualifiedName());
      return of(source, StatementKind.ALTER_TABLE, from, false, List.of(rename), "");
    }
    if (c.accept("OPTIMIZE")) {
      if (!c.accept("NO_WRITE_TO_BINLOG")) {
        c.accept("LOCAL");
      }
      c.accept("TABLE");
      return of(source, StatementKind.OPTIMIZE, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("DROP")) {
      return drop(source, c);
    }
    if (c.accept("INSERT", "INTO")) {
      return of(source, StatementKind.INSERT, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("UPDATE")) {
      c.accept("ONLY");
      return of(source, StatementKind.UPDATE, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("DELETE", "FROM")) {
      c.accept("ONLY");
      return of(source, StatementKind.DELETE, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("TRUNCATE")) {
      c.accept("TABLE");
      c.accept("ONLY");
      return of(source, StatementKind.TRUNCATE, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("SET")) {
      return set(source, c);
    }
    if (c.accept("RESET")) {
      return reset(source, c);
    }
    if (c.accept("VACUUM")) {
      return vacuum(source, c);
    }
    if (c.accept("CLUSTER")) {
      c.accept("VERBOSE");
      return of(source, StatementKind.CLUSTER, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("REINDEX")) {
      return reindex(source, c);
    }
    if (c.accept("COMMENT", "ON")) {
      return comment(source, c);
    }
    if (c.accept("DO")) {
      return of(source, StatementKind.DO_BLOCK, null, false, List.of(), "");
    }
    return of(source, StatementKind.OTHER, null, false, List.of(), "");
  }

  private static LintStatement create(SqlStatement source, TokenCursor c) {
    c.accept("OR", "REPLACE");
    if (!c.accept("ONLINE")) {
      c.accept("OFFLINE");
    }
    boolean unique = c.accept("UNIQUE");
    if (!unique && !c.accept("FULLTEXT")) {
      c.accept("SPATIAL");
    }
    if (c.accept("INDEX")) {
      boolean concurrently = c.accept("CONCURRENTLY");
      c.skipIfExists();
      if (!c.peek().is("ON")) {
        c.qualifiedName();
      }
      c.accept("USING");
      if (c.peek().is("BTREE") || c.peek().is("HASH")) {
        c.next();
      }
      c.accept("ON");
      c.accept("ONLY");
      String table = c.qualifiedName();
      c.group();
      return of(
          source,
          StatementKind.CREATE_INDEX,
          table,
          concurrently,
          indexOptions(c.rest()),
          unique ? "UNIQUE" : "");
    }
    if (c.accept("TEMP") || c.accept("TEMPORARY") || c.accept("UNLOGGED")) {
      // fall through to TABLE
    }
    if (c.accept("TABLE")) {
      c.skipIfExists();
      String table = c.qualifiedName();
      return of(
          source, StatementKind.CREATE_TABLE, table, false, AlterActions.ofCreate(c.group()), "");
    }
    if (c.accept("VIEW") || c.accept("MATERIALIZED", "VIEW") || c.accept("RECURSIVE", "VIEW")) {
      c.skipIfExists();
      return of(source, StatementKind.CREATE_VIEW, c.qualifiedName(), false, List.of(), "");
    }
    if (c.accept("FUNCTION") || c.accept("PROCEDURE")) {
      String body =
          c.rest().stream()
              .filter(t -> t.type() == Token.Type.DOLLAR_BODY || t.type() == Token.Type.STRING)
              .map(Token::text)
              .reduce("", (a, b) -> a + "\n" + b);
      return of(source, StatementKind.CREATE_FUNCTION, null, false, List.of(), body);
    }
    c.accept("CONSTRAINT");
    if (c.accept("TRIGGER")) {
      while (!c.atEnd() && !c.peek().is("ON")) {
        c.next();
      }
      c.accept("ON");
      return of(source, StatementKind.CREATE_TRIGGER, c.qualifiedName(), false, List.of(), "");
    }
    return of(source, StatementKind.OTHER, null, false, List.of(), "");
  }

  private static LintStatement drop(SqlStatement source, TokenCursor c) {
    if (c.accept("TABLE")) {
      c.skipIfExists();
      return of(source, StatementKind.DROP_TABLE, c.qualifiedName(), false, List.of(), "TABLE");
    }
    if (c.accept("INDEX")) {
      boolean concurrently = c.accept("CONCURRENTLY");
      c.skipIfExists();
      c.qualifiedName();
      // MySQL: DROP INDEX name ON table [ALGORITHM=...] [LOCK=...]
      String table = c.accept("ON") ? c.qualifiedName() : null;
      return of(
          source, StatementKind.DROP_INDEX, table, concurrently, indexOptions(c.rest()), "INDEX");
    }
    String what = c.peek().isName() ? c.next().text().toUpperCase(java.util.Locale.ROOT) : "";
    return of(source, StatementKind.OTHER, null, false, List.of(), what);
  }

  /** {@code ALTER [ONLINE] [IGNORE] TABLE} comes next. */
  private static boolean alterTable(TokenCursor c) {
    for (int i = 1; i <= 3; i++) {
      if (c.peek(i).is("TABLE")) {
        c.next();
        return true;
      }
      if (!c.peek(i).is("ONLINE") && !c.peek(i).is("IGNORE")) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code SET [SESSION|LOCAL] name = value}, {@code SET @@session.name = value}: the setting (in
   * lower case) as detail, its value as the expression of one action.
   */
  private static LintStatement set(SqlStatement source, TokenCursor c) {
    if (!c.accept("SESSION")) {
      c.accept("LOCAL");
    }
    while (c.peek().isSymbol("@")) {
      c.next();
    }
    if ((c.peek().is("SESSION") || c.peek().is("LOCAL")) && c.peek(1).isSymbol(".")) {
      c.next();
      c.next();
    }
    String setting = c.peek().isName() ? c.next().text().toLowerCase(java.util.Locale.ROOT) : "";
    if (!c.accept("TO") && c.peek().isSymbol("=")) {
      c.next();
    }
    AlterAction value = AlterAction.of(ActionKind.OTHER).withExpression(Token.join(c.rest()));
    return of(source, StatementKind.SET, null, false, List.of(value), setting);
  }

  /** {@code RESET name}: the same as {@code SET name TO DEFAULT}. */
  private static LintStatement reset(SqlStatement source, TokenCursor c) {
    String setting = c.peek().isName() ? c.next().text().toLowerCase(java.util.Locale.ROOT) : "";
    AlterAction value = AlterAction.of(ActionKind.OTHER).withExpression("DEFAULT");
    return of(source, StatementKind.SET, null, false, List.of(value), setting);
  }

  /** The {@code ALGORITHM [=] x} and {@code LOCK [=] y} options after an index definition. */
  private static List<AlterAction> indexOptions(List<Token> rest) {
    List<AlterAction> out = new java.util.ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).is("ALGORITHM") || rest.get(i).is("LOCK")) {
        int v = i + 1 < rest.size() && rest.get(i + 1).isSymbol("=") ? i + 2 : i + 1;
        if (v < rest.size()) {
          out.addAll(MysqlAlterActions.of(List.of(rest.get(i), Token.symbol("="), rest.get(v))));
        }
      }
    }
    return out;
  }

  private static LintStatement vacuum(SqlStatement source, TokenCursor c) {
    boolean full = false;
    if (c.peek().isSymbol("(")) {
      full = c.group().stream().anyMatch(t -> t.is("FULL"));
    }
    while (c.peek().is("FULL")
        || c.peek().is("FREEZE")
        || c.peek().is("VERBOSE")
        || c.peek().is("ANALYZE")) {
      full |= c.next().is("FULL");
    }
    return of(
        source, StatementKind.VACUUM, c.qualifiedName(), false, List.of(), full ? "FULL" : "");
  }

  private static LintStatement reindex(SqlStatement source, TokenCursor c) {
    boolean concurrently = false;
    if (c.peek().isSymbol("(")) {
      concurrently = c.group().stream().anyMatch(t -> t.is("CONCURRENTLY"));
    }
    String target = c.peek().isName() ? c.next().text().toUpperCase(java.util.Locale.ROOT) : "";
    concurrently |= c.accept("CONCURRENTLY");
    String name = c.qualifiedName();
    return of(
        source,
        StatementKind.REINDEX,
        target.equals("TABLE") ? name : null,
        concurrently,
        List.of(),
        target + " " + (name == null ? "" : name));
  }

  /** {@code COMMENT ON COLUMN t.c IS '...'} / {@code COMMENT ON TABLE t IS '...'}. */
  private static LintStatement comment(SqlStatement source, TokenCursor c) {
    List<Token> rest = c.rest();
    String text =
        rest.stream()
            .filter(t -> t.type() == Token.Type.STRING)
            .map(Token::text)
            .findFirst()
            .orElse("");
    TokenCursor r = new TokenCursor(rest);
    if (r.accept("COLUMN")) {
      List<String> parts = new java.util.ArrayList<>();
      while (r.peek().isName() && !r.peek().is("IS")) {
        parts.add(r.next().name());
        r.accept(".");
        if (r.peek().isSymbol(".")) {
          r.next();
        }
      }
      if (parts.size() >= 2) {
        AlterAction a =
            AlterAction.of(ActionKind.OTHER)
                .withColumn(parts.get(parts.size() - 1))
                .withExpression(text);
        return of(
            source,
            StatementKind.COMMENT,
            parts.get(parts.size() - 2),
            false,
            List.of(a),
            "COLUMN");
      }
    } else if (r.accept("TABLE")) {
      String table = r.qualifiedName();
      AlterAction a = AlterAction.of(ActionKind.OTHER).withExpression(text);
      return of(source, StatementKind.COMMENT, table, false, List.of(a), "TABLE");
    }
    return of(source, StatementKind.COMMENT, null, false, List.of(), "");
  }

  /** A statement this classifier read, about {@code table} (null when it names none). */
  static LintStatement of(
      SqlStatement source,
      StatementKind kind,
      String table,
      boolean concurrently,
      List<AlterAction> actions,
      String detail) {
    return new LintStatement(
        source, kind, Optional.ofNullable(table), concurrently, actions, detail, PARSER);
  }
}
