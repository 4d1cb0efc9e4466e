package dev.autogen.lint.rules;

import dev.autogen.dialect.Dialect;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.Subject;
import dev.autogen.lint.state.Surface;
import dev.autogen.lint.state.SurfaceSteps;
import dev.autogen.model.Column;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Both code versions against every intermediate schema: after each linted file, the schema on the
 * dev database must still serve the code that is running then. Every column a version maps must
 * exist (in a table, or in a view standing in for a renamed table) with a type its values fit into,
 * and every NOT NULL column without a default of a table the version maps must be written by it
 * (mapped NOT NULL) or filled by a trigger.
 *
 * <p>Which version runs when follows the rollout: the old code (base entities) runs through every
 * file of the migrations folder; the new code (working-tree entities) is deployed once they all
 * ran, so it is checked after the last of them (or against the schema before them if there are
 * none) and after every contract file of the deferred folder, which runs once the old code is gone.
 */
public final class IntermediateCheck {
  public static final Rule RULE =
      Rule.error(
          "incompatible-intermediate-schema",
          "A code version that runs at this point of the rollout does not work with the schema this file leaves.",
          "Split the change into expand, backfill and contract steps (autogen -m): add before the new code needs it, remove only after the old code is gone.");

  /** The two entity models. */
  public record Models(Schema oldCode, Schema newCode) {}

  private IntermediateCheck() {}

  /**
   * @param steps the surface after each linted file, in order
   * @param deferred the linted files of the deferred folder (by path as in {@code steps})
   * @param targets the files to report on
   * @param before the schema before the linted files
   * @param displayName how files are named in findings
   * @param entities where to report new-code problems when no runnable file was linted: at the
   *     entity that maps the column
   * @param pass the statement pass over the same files: a problem is reported at the first line of
   *     the file that touches its table or column
   */
  public static List<Finding> findings(
      Dialect dialect,
      Models models,
      Schema before,
      List<SurfaceSteps.Step> steps,
      Set<java.nio.file.Path> deferred,
      Set<java.nio.file.Path> targets,
      java.util.function.Function<java.nio.file.Path, String> displayName,
      SourceLocator entities,
      StatementPass pass) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lastRunnable = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (!deferred.contains(norm(steps.get(i).file().path()))) {
        lastRunnable = i;
      }
    }
    if (lastRunnable < 0) {
      Surface start = new Surface(before, Map.of(), Set.of());
      for (Problem p : problems(dialect, models.newCode(), start)) {
        if (seen.add("new " + p.subject() + p.text())) {
          String[] parts = p.subject().split("\\.", 2);
          SourceLocator.Place at =
              entities
                  .find(parts[0], parts.length > 1 ? Optional.of(parts[1]) : Optional.empty())
                  .orElse(entities.fallback());
          out.add(finding(at.file(), at.line(), "new", p));
        }
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      SurfaceSteps.Step step = steps.get(i);
      java.nio.file.Path file = norm(step.file().path());
      boolean isDeferred = deferred.contains(file);
      List<String> versions = new ArrayList<>();
      if (!isDeferred) {
        versions.add("old");
      }
      if (isDeferred || i == lastRunnable) {
        versions.add("new");
      }
      for (String version : versions) {
        Schema model = version.equals("old") ? models.oldCode() : models.newCode();
        for (Problem p : problems(dialect, model, step.after())) {
          // a problem is reported where it first appears, not again for every later file
          if (seen.add(version + " " + p.subject() + p.text()) && targets.contains(file)) {
            String name = displayName.apply(step.file().path());
            out.add(finding(name, pass.lineIn(name, p.subject()), version, p));
          }
        }
      }
    }
    return out;
  }

  private static java.nio.file.Path norm(java.nio.file.Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static Finding finding(String file, int line, String version, Problem p) {
    String who =
        version.equals("old")
            ? "the old code (entities at the base revision)"
            : "the new code (entities in the working tree)";
    return new Finding(
        file,
        line,
        RULE,
        "after this file, " + who + " " + p.text(),
        Optional.of(p.subject()),
        Optional.empty());
  }

  record Problem(String subject, String text) {}

  static List<Problem> problems(Dialect dialect, Schema model, Surface s) {
    List<Problem> out = new ArrayList<>();
    for (Table mt : model.tables()) {
      String t = mt.name().value();
      Optional<Table> st =
          s.schema().tables().stream().filter(x -> x.name().equals(mt.name())).findFirst();
      Map<String, SqlType> view = s.views().get(t);
      if (st.isEmpty() && view == null) {
        out.add(new Problem(t, "uses table " + t + ", which does not exist"));
        continue;
      }
      for (Column mc : mt.columns()) {
        String key = Subject.text(t, mc.name().value());
        Optional<SqlType> actual =
            st.isPresent()
                ? st.get().column(mc.name()).map(Column::type)
                : Optional.ofNullable(view.get(mc.name().value()));
        if (actual.isEmpty()) {
          out.add(new Problem(key, "reads and writes " + key + ", which does not exist"));
        } else if (!fits(dialect, mc.type(), actual.get())) {
          out.add(
              new Problem(
                  key, "maps " + key + " as " + mc.type() + ", but the column is " + actual.get()));
        }
      }
      if (st.isEmpty()) {
        continue;
      }
      for (Column sc : st.get().columns()) {
        if (sc.nullable() || sc.defaultExpression().isPresent() || sc.identity().isPresent()) {
          continue;
        }
        String key = Subject.text(t, sc.name().value());
        if (s.triggerFilled().contains(key)) {
          continue;
        }
        Optional<Column> mc = mt.column(sc.name());
        if (mc.isEmpty()) {
          out.add(
              new Problem(
                  key,
                  "inserts rows without "
                      + key
                      + ", which is NOT NULL without a default, so its inserts fail"));
        } else if (mc.get().nullable()) {
          out.add(
              new Problem(
                  key,
                  "may write NULL into "
                      + key
                      + " (mapped nullable), which is NOT NULL without a default"));
        }
      }
    }
    return out;
  }

  /** Values of the mapped type fit the column: the same type, or a widening of it. */
  private static boolean fits(Dialect dialect, SqlType mapped, SqlType actual) {
    if (mapped.equals(actual)) {
      return true;
    }
    try {
      return dialect.types().isWidening(mapped, actual);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
