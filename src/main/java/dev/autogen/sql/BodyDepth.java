package dev.autogen.sql;

import dev.autogen.dialect.ScriptConventions;
import dev.autogen.dialect.ScriptConventions.Lexeme;
import java.util.Set;

/**
 * Follows the {@code BEGIN ... END} bodies of one statement, whose semicolons do not end it:
 * PostgreSQL's {@code BEGIN ATOMIC ... END} function bodies, and MySQL's routine bodies in {@code
 * CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT} and {@code BEGIN NOT ATOMIC} blocks. A {@code
 * CASE} inside a body closes with {@code END} too; MySQL's {@code END IF / LOOP / WHILE / REPEAT}
 * close blocks that were not counted. One instance per statement splitter, {@link #reset} per
 * statement.
 */
final class BodyDepth {
  /** Words that name what a MySQL {@code CREATE} makes; the first one tells. */
  private static final Set<String> OBJECT_KINDS =
      Set.of(
          "TABLE",
          "VIEW",
          "INDEX",
          "UNIQUE",
          "FULLTEXT",
          "SPATIAL",
          "DATABASE",
          "SCHEMA",
          "USER",
          "ROLE",
          "SEQUENCE",
          "SERVER",
          "TABLESPACE",
          "TEMPORARY",
          "LOGFILE",
          "TRIGGER",
          "PROCEDURE",
          "FUNCTION",
          "EVENT",
          "PACKAGE");

  private static final Set<String> ROUTINES =
      Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT", "PACKAGE");

  private static final Set<String> UNCOUNTED_BLOCKS = Set.of("IF", "LOOP", "WHILE", "REPEAT");

  private final boolean atomicBodies;
  private final boolean routineBodies;
  private int words;
  private String first = "";
  private String previous = "";
  private boolean routine;
  private boolean kindSeen;
  private int depth;
  private boolean pendingEnd;

  BodyDepth(ScriptConventions conventions) {
    this.atomicBodies = conventions.has(Lexeme.ATOMIC_BODIES);
    this.routineBodies = conventions.has(Lexeme.ROUTINE_BODIES);
  }

  /** Whether a terminator here ends the statement (no body is open). */
  boolean closed() {
    return depth - (pendingEnd ? 1 : 0) <= 0;
  }

  void reset() {
    words = 0;
    first = "";
    previous = "";
    routine = false;
    kindSeen = false;
    depth = 0;
    pendingEnd = false;
  }

  /** Takes in the statement's next token. */
  void see(Token t) {
    String word = t.type() == Token.Type.WORD ? upper(t) : "";
    if (pendingEnd) {
      pendingEnd = false;
      if (!UNCOUNTED_BLOCKS.contains(word)) {
        depth--;
      }
      if (UNCOUNTED_BLOCKS.contains(word) || word.equals("CASE")) {
        // the word after END names the block it closes; it opens nothing
        previous = word;
        words++;
        return;
      }
    }
    if (word.isEmpty()) {
      return;
    }
    if (atomicBodies) {
      atomic(word);
    }
    if (routineBodies) {
      routine(word);
    }
    previous = word;
    words++;
  }

  private void atomic(String word) {
    if (word.equals("ATOMIC") && previous.equals("BEGIN")) {
      depth++;
    } else if (depth > 0 && word.equals("CASE")) {
      depth++;
    } else if (depth > 0 && word.equals("END")) {
      depth--;
    }
  }

  private void routine(String word) {
    if (words == 0) {
      first = word;
    } else if (first.equals("CREATE") && !kindSeen && OBJECT_KINDS.contains(word)) {
      kindSeen = true;
      routine = ROUTINES.contains(word);
    } else if (first.equals("BEGIN") && words == 2 && previous.equals("NOT")) {
      // MariaDB's BEGIN NOT ATOMIC ... END runs as one compound statement
      routine = word.equals("ATOMIC");
      depth = routine ? 1 : 0;
      return;
    }
    if (!routine) {
      return;
    }
    if (word.equals("BEGIN") || (depth > 0 && word.equals("CASE"))) {
      depth++;
    } else if (depth > 0 && word.equals("END")) {
      // decided by the next token: END IF / LOOP / WHILE / REPEAT close uncounted blocks
      pendingEnd = true;
    }
  }

  private static String upper(Token t) {
    return t.text().toUpperCase(java.util.Locale.ROOT);
  }
}
