package dev.autogen.testing;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.RenameSuggestion;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.plan.Step;
import java.util.List;

/**
 * Stable text forms of what diff, classify and plan produce, for golden files that show a change in
 * any of them as a readable diff: one line per change, assessment, step and operation, model values
 * in their record form, in the stages' own order (nothing is sorted here, so an order change shows
 * too).
 */
public final class StageText {

  private StageText() {}

  /** The changes and the rename suggestions, one per line. */
  public static String changes(ChangeSet changes) {
    StringBuilder out = new StringBuilder();
    for (Change c : changes.changes()) {
      out.append(c.kind()).append(' ').append(target(c)).append('\n');
      out.append("    ").append(record(c)).append('\n');
    }
    for (RenameSuggestion s : changes.suggestions()) {
      out.append("suggest rename ").append(s.renameOption()).append('\n');
    }
    return out.toString();
  }

  /** Each change's verdicts, reasons and hazards. */
  public static String assessments(List<Assessment> assessments) {
    StringBuilder out = new StringBuilder();
    for (Assessment a : assessments) {
      out.append(a.compatibility().word())
          .append(' ')
          .append(a.change().kind())
          .append(' ')
          .append(target(a.change()))
          .append(" (severity ")
          .append(a.severity().word())
          .append(")\n");
      out.append("    backward ")
          .append(a.backward().compatibility().word())
          .append(": ")
          .append(a.backward().reason())
          .append('\n');
      out.append("    forward ")
          .append(a.forward().compatibility().word())
          .append(": ")
          .append(a.forward().reason())
          .append('\n');
      for (Hazard h : a.hazards()) {
        out.append("    hazard ")
            .append(h.code().code())
            .append(" (")
            .append(h.severity().word())
            .append("): ")
            .append(h.message())
            .append('\n');
        if (!h.safeAlternative().isEmpty()) {
          out.append("      instead: ").append(h.safeAlternative()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The steps in order, each with the changes it plans, its operations and their undo. */
  public static String plan(MigrationPlan plan) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Step s : plan.steps()) {
      out.append("step ")
          .append(++n)
          .append(' ')
          .append(s.label())
          .append(" (")
          .append(s.phase().word())
          .append(s.transactional() ? ", in a transaction" : ", outside a transaction")
          .append(s.reversible() ? ", reversible" : ", irreversible")
          .append(")\n");
      for (Assessment a : s.assessments()) {
        out.append("  plans ").append(a.change().kind()).append(' ').append(target(a.change()));
        out.append('\n');
      }
      operations(out, "upgrade", s.upgrade());
      operations(out, "undo", s.downgrade());
    }
    return out.toString();
  }

  private static void operations(StringBuilder out, String title, List<Operation> ops) {
    out.append("  ").append(title).append('\n');
    for (Operation op : ops) {
      out.append("    ").append(op.kind()).append(' ').append(record(op)).append('\n');
    }
  }

  private static String record(Object r) {
    return r.toString().replaceAll(", \\w+=Optional\\.empty", "");
  }

  private static String target(Change c) {
    return c.tableName()
        + c.columnName().map(col -> "." + col).orElse("")
        + c.objectName().map(o -> " " + o).orElse("");
  }
}
