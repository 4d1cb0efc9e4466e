package dev.autogen.lint.run;

import dev.autogen.lint.run.SandboxTokens.Kind;
import dev.autogen.lint.run.SandboxTokens.Lexeme;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The refusals a word list cannot say ({@link RefusedPattern.Match#CHECK}), each named in {@link
 * RefusedPatterns}: they depend on what a statement's words are followed by.
 */
final class SandboxChecks {
  /** Objects of the whole server a PostgreSQL GRANT ... ON can name. */
  private static final Set<String> SERVER_OBJECTS =
      Set.of("database", "tablespace", "foreign", "language", "parameter");

  /** Words after which MySQL names a table (or routine) that may be qualified with a database. */
  private static final Set<String> TABLE_POSITIONS =
      Set.of(
          "table",
          "tables",
          "into",
          "from",
          "join",
          "update",
          "references",
          "view",
          "trigger",
          "procedure",
          "function",
          "event",
          "truncate",
          "to",
          "exists",
          "like");

  /** MySQL's own databases: writing there changes the server. */
  private static final Set<String> SYSTEM_DATABASES = Set.of("mysql", "performance_schema", "sys");

  private SandboxChecks() {}

  static boolean refuses(String check, List<Lexeme> t, boolean routine) {
    return switch (check) {
      case "role-grant" -> roleGrant(t);
      case "copy-server-side" -> copyServerSide(t);
      case "untrusted-extension" -> untrustedExtension(t);
      case "untrusted-language" -> routine && untrustedLanguage(t);
      case "set-config-role" -> setConfigRole(t);
      case "other-database-name" -> otherDatabase(t);
      case "global-variable" -> globalVariable(t);
      default -> throw new IllegalArgumentException("unknown sandbox check " + check);
    };
  }

  /** GRANT / REVOKE of a role (no ON), or of privileges on a server-wide object. */
  private static boolean roleGrant(List<Lexeme> t) {
    if (t.isEmpty() || !(t.get(0).is("grant") || t.get(0).is("revoke"))) {
      return false;
    }
    int depth = 0;
    for (int i = 1; i < t.size(); i++) {
      Lexeme l = t.get(i);
      depth += l.isSymbol("(") ? 1 : l.isSymbol(")") ? -1 : 0;
      if (depth != 0) {
        continue;
      }
      if (l.is("on")) {
        return i + 1 < t.size() && SERVER_OBJECTS.contains(t.get(i + 1).text());
      }
      if (l.is("to") || l.is("from")) {
        return true;
      }
    }
    return false;
  }

  /** COPY to or from a program or a file of the server (STDIN / STDOUT are the client's). */
  private static boolean copyServerSide(List<Lexeme> t) {
    if (t.isEmpty() || !t.get(0).is("copy")) {
      return false;
    }
    int depth = 0;
    for (int i = 1; i + 1 < t.size(); i++) {
      Lexeme l = t.get(i);
      depth += l.isSymbol("(") ? 1 : l.isSymbol(")") ? -1 : 0;
      if (depth == 0 && (l.is("from") || l.is("to"))) {
        Lexeme target = t.get(i + 1);
        return target.is("program") || target.kind() == Kind.TEXT;
      }
    }
    return false;
  }

  private static boolean untrustedExtension(List<Lexeme> t) {
    if (t.size() < 3 || !t.get(0).is("create") || !t.get(1).is("extension")) {
      return false;
    }
    int i = 2;
    if (t.get(i).is("if")) {
      i += 3;
    }
    return i < t.size() && !RefusedPatterns.TRUSTED_EXTENSIONS.contains(lower(t.get(i)));
  }

  private static boolean untrustedLanguage(List<Lexeme> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      Lexeme next = t.get(i + 1);
      if (t.get(i).is("language")
          && (next.isName() || next.kind() == Kind.TEXT)
          && !RefusedPatterns.TRUSTED_LANGUAGES.contains(lower(next))) {
        return true;
      }
    }
    return false;
  }

  /** {@code set_config('role', ...)} is SET ROLE by another name. */
  private static boolean setConfigRole(List<Lexeme> t) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).isName()
          && lower(t.get(i)).equals("set_config")
          && t.get(i + 1).isSymbol("(")
          && t.get(i + 2).kind() == Kind.TEXT) {
        String setting = lower(t.get(i + 2)).strip();
        if (setting.equals("role") || setting.equals("session_authorization")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A table named with a database ({@code other_db.t}): it lies outside the throwaway database
   * whatever the name. {@code information_schema} is read-only and allowed.
   */
  private static boolean otherDatabase(List<Lexeme> t) {
    boolean indexOrTrigger =
        !t.isEmpty()
            && t.get(0).is("create")
            && t.subList(0, Math.min(t.size(), 6)).stream()
                .anyMatch(l -> l.is("index") || l.is("trigger"));
    for (int i = 0; i + 3 < t.size(); i++) {
      Lexeme l = t.get(i);
      boolean position =
          l.kind() == Kind.WORD
              && (TABLE_POSITIONS.contains(l.text()) || (indexOrTrigger && l.is("on")));
      if (position && qualified(t, i + 1) && !lower(t.get(i + 1)).equals("information_schema")) {
        return true;
      }
    }
    for (int i = 0; i + 2 < t.size(); i++) {
      if (qualified(t, i)) {
        String qualifier = lower(t.get(i));
        boolean threeParts =
            i + 4 < t.size() && t.get(i + 3).isSymbol(".") && t.get(i + 4).isName();
        boolean afterDot = i > 0 && t.get(i - 1).isSymbol(".");
        if (!afterDot
            && (SYSTEM_DATABASES.contains(qualifier)
                || (threeParts && !qualifier.equals("information_schema")))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean qualified(List<Lexeme> t, int i) {
    return i + 2 < t.size()
        && t.get(i).isName()
        && t.get(i + 1).isSymbol(".")
        && t.get(i + 2).isName();
  }

  /** {@code @@global.x} / {@code @@persist.x}: a server-wide setting. */
  private static boolean globalVariable(List<Lexeme> t) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (t.get(i).isSymbol("@")
          && t.get(i + 1).isSymbol("@")
          && (t.get(i + 2).is("global")
              || t.get(i + 2).is("persist")
              || t.get(i + 2).is("persist_only"))
          && t.get(i + 3).isSymbol(".")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Lexeme l) {
    return l.text().toLowerCase(Locale.ROOT);
  }
}
