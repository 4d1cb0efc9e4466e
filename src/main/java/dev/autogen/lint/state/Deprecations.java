package dev.autogen.lint.state;

import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which tables and columns a file deprecated, and in which file: a comment saying "deprecated",
 * DROP NOT NULL, a table renamed away ({@code orders_old}), or a sync trigger keeping a column in
 * step (the expand step of a rename or type change). Dropping what an earlier file deprecated is
 * the planned end of an expand/contract sequence, not a break of the running code.
 */
public final class Deprecations {
  private final CurrentFile file;
  private final Map<Subject, Integer> since = new HashMap<>();

  Deprecations(CurrentFile file) {
    this.file = file;
  }

  /** Whether a file before the current one deprecated the subject. */
  public boolean earlier(Subject subject) {
    Integer index = since.get(subject);
    return index != null && index < file.index();
  }

  void deprecate(Subject subject) {
    since.putIfAbsent(subject, file.index());
  }

  static boolean saysDeprecated(String comment) {
    return comment.toLowerCase(Locale.ROOT).contains("deprecated");
  }

  /**
   * A trigger that copies {@code NEW.x}/{@code OLD.x}, in a function created in the same file
   * (PostgreSQL) or in its own body (MySQL's {@code SET NEW.x = ...}), is the expand step of a
   * rename or type change: the columns it names (returned) are on their way out.
   */
  static List<String> syncedColumns(
      Tokenizer tokens, List<String> functionBodies, String triggerText) {
    List<String> bodies = new ArrayList<>(functionBodies);
    bodies.add(triggerText);
    List<String> out = new ArrayList<>();
    for (String body : bodies) {
      List<Token> t = tokens.tokens(body);
      if (!assignsNew(t)) {
        continue; // an audit trigger reads NEW/OLD but keeps no column in step
      }
      for (int i = 0; i + 2 < t.size(); i++) {
        if ((t.get(i).is("NEW") || t.get(i).is("OLD"))
            && t.get(i + 1).isSymbol(".")
            && t.get(i + 2).isName()) {
          out.add(t.get(i + 2).name());
        }
      }
    }
    return out;
  }

  /** Whether a trigger body assigns to a {@code NEW.x} column ({@code :=} or {@code SET ... =}). */
  private static boolean assignsNew(List<Token> t) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (t.get(i).is("NEW")
          && t.get(i + 1).isSymbol(".")
          && t.get(i + 2).isName()
          && (t.get(i + 3).isSymbol("=")
              || t.get(i + 3).isSymbol(":=")
              || t.get(i + 3).isSymbol(":"))) {
        return true;
      }
    }
    return false;
  }
}
