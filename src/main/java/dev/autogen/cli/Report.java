package dev.autogen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autogen.classify.Assessment;
import dev.autogen.classify.Hazard;
import dev.autogen.diff.Change;
import dev.autogen.diff.NotCompared;
import dev.autogen.diff.RenameSuggestion;
import dev.autogen.model.Warning;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Step;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Text and JSON forms of a run's classified changes, shared by {@code diff} and {@code -m}. */
final class Report {

  private Report() {}

  static void text(
      PrintWriter out,
      PipelineResult r,
      Optional<MigrationPlan> plan,
      Map<Step, String> fileOfStep) {
    if (r.assessments().isEmpty()) {
      out.println("No changes: the schema matches the entities.");
    } else {
      long breaking = r.assessments().stream().filter(Assessment::isBreaking).count();
      out.printf(
          "%d change%s (%d safe, %d breaking):%n",
          r.assessments().size(),
          r.assessments().size() == 1 ? "" : "s",
          r.assessments().size() - breaking,
          breaking);
      for (Assessment classified : r.assessments()) {
        Assessment a = asPlanned(classified, plan);
        out.printf(
            "  %-8s  %s %s%n", a.compatibility().word(), a.change().kind(), target(a.change()));
        out.println("            " + a.reason());
        ChangeDetails.Sides sides = ChangeDetails.of(a.change());
        sides.before().ifPresent(b -> out.println("            was: " + ChangeDetails.text(b)));
        sides.after().ifPresent(b -> out.println("            now: " + ChangeDetails.text(b)));
        out.println(
            "            new code on the old schema: "
                + a.forward().compatibility().word()
                + " — "
                + a.forward().reason());
        for (Hazard h : a.hazards()) {
          out.println(
              "            hazard "
                  + h.code().code()
                  + " ("
                  + h.severity().word()
                  + "): "
                  + h.message());
        }
        plan.ifPresent(
            p -> {
              List<String> where = new ArrayList<>();
              for (Step s : p.steps()) {
                if (s.plans(a.change())) {
                  where.add(fileOfStep.getOrDefault(s, s.label()));
                }
              }
              out.println("            -> " + String.join(", ", where));
            });
      }
    }
    for (RenameSuggestion s : r.changes().suggestions()) {
      out.println(
          "note: "
              + s.table()
                  .map(t -> t + "." + s.from() + " -> " + t + "." + s.to())
                  .orElse(s.from() + " -> " + s.to())
              + " looks like a rename; if it is, say so with --rename "
              + s.renameOption()
              + " or @RenamedFrom(\""
              + s.from()
              + "\"), otherwise the data in "
              + s.from()
              + " is dropped");
    }
    for (NotCompared n :
        NotCompared.in(r.current().current(), r.current().views(), r.entities().desired())) {
      out.println(
          "not compared: "
              + n.kind()
              + " "
              + n.subject()
              + " ("
              + n.reason()
              + "): "
              + n.definition());
    }
    for (Warning w : r.entities().warnings()) {
      out.println("warning: " + w);
    }
    r.notes().forEach(n -> out.println("note: " + n));
  }

  static void json(
      PrintWriter out, PipelineResult r, Optional<MigrationPlan> plan, Optional<String> planError) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("dialect", r.dialect().name());
    List<Object> changes = new ArrayList<>();
    for (Assessment classified : r.assessments()) {
      Assessment a = asPlanned(classified, plan);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("kind", a.change().kind());
      c.put("table", a.change().tableName().value());
      c.put("column", a.change().columnName().map(Object::toString).orElse(null));
      c.put("name", a.change().objectName().map(Object::toString).orElse(null));
      c.put("compatibility", a.compatibility().word());
      c.put("reason", a.reason());
      c.put("backward", a.backward().compatibility().word());
      c.put("forward", a.forward().compatibility().word());
      c.put("forward_reason", a.forward().reason());
      c.put("severity", a.severity().word());
      ChangeDetails.Sides sides = ChangeDetails.of(a.change());
      c.put("before", sides.before().orElse(null));
      c.put("after", sides.after().orElse(null));
      List<Object> hazards = new ArrayList<>();
      for (Hazard h : a.hazards()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", h.code().code());
        m.put("severity", h.severity().word());
        m.put("message", h.message());
        m.put("safe_alternative", h.safeAlternative());
        m.put("documentation", h.code().documentation());
        hazards.add(m);
      }
      c.put("hazards", hazards);
      List<String> phases =
          plan.map(
                  p ->
                      p.steps().stream()
                          .filter(s -> s.plans(a.change()))
                          .map(s -> s.phase().word())
                          .distinct()
                          .toList())
              .orElse(List.of());
      c.put("phase", phases.isEmpty() ? null : phases.get(0));
      c.put("phases", phases);
      changes.add(c);
    }
    root.put("changes", changes);
    List<Object> suggestions = new ArrayList<>();
    for (RenameSuggestion s : r.changes().suggestions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("table", s.table().map(Object::toString).orElse(null));
      m.put("from", s.from().value());
      m.put("to", s.to().value());
      m.put("option", "--rename " + s.renameOption());
      suggestions.add(m);
    }
    root.put("rename_suggestions", suggestions);
    List<Object> notCompared = new ArrayList<>();
    for (NotCompared n :
        NotCompared.in(r.current().current(), r.current().views(), r.entities().desired())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("table", n.table().value());
      m.put("kind", n.kind());
      m.put("name", n.name().value());
      m.put("reason", n.reason());
      m.put("definition", n.definition());
      notCompared.add(m);
    }
    root.put("not_compared", notCompared);
    root.put("warnings", r.entities().warnings().stream().map(Warning::toString).toList());
    root.put("notes", r.notes());
    planError.ifPresent(e -> root.put("planning_error", e));
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String target(Change c) {
    return c.tableName()
        + c.columnName().map(col -> "." + col).orElse("")
        + c.objectName().map(n -> " (" + n + ")").orElse("");
  }

  /**
   * The assessment as the plan carries it out: a plan that avoids a hazard the classifier saw (a
   * type swap instead of a rewrite) describes the hazards of its own steps.
   */
  private static Assessment asPlanned(Assessment a, Optional<MigrationPlan> plan) {
    return plan.flatMap(
            p ->
                p.steps().stream()
                    .flatMap(s -> s.assessments().stream())
                    .filter(x -> x.change().equals(a.change()))
                    .findFirst())
        .orElse(a);
  }
}
