package dev.autogen.verify;

import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The verification loop, whatever runs the steps: applies each, checks the schema against the
 * entity model after the last, undoes each newest first checking that the schema equals the one
 * before its step, then applies them again and checks the schema is the one they made the first
 * time. Stops at the first thing that does not hold.
 */
final class StepLoop {

  /** Reads the dev database's schema as it is now. */
  @FunctionalInterface
  interface SchemaReader {
    Introspection read() throws IntrospectionException;
  }

  private final SchemaReader schema;
  private final ModelCheck model;
  private final Consumer<StepLine> report;

  StepLoop(SchemaReader schema, ModelCheck model, Consumer<StepLine> report) {
    this.schema = schema;
    this.model = model;
    this.report = report;
  }

  /** A loop over the schema {@code schema} of the connection's database. */
  static StepLoop on(
      Connection c, String schema, Dialect dialect, ModelCheck model, Consumer<StepLine> report) {
    Introspector introspector = new Introspector(dialect);
    return new StepLoop(() -> introspector.read(c, schema), model, report);
  }

  /**
   * @param steps at least one, in the order they apply
   * @return the steps applied and the first mismatch, if any
   */
  Verification run(List<Step> steps, Step.Words words) throws IntrospectionException {
    List<String> applied = new ArrayList<>();
    List<Schema> before = new ArrayList<>();
    for (Step step : steps) {
      before.add(read().current());
      Optional<Mismatch> failed = run(step, "apply", step.names().name(), step.apply());
      if (failed.isPresent()) {
        return new Verification(applied, failed);
      }
      applied.add(step.names().name());
    }
    return new Verification(applied, check(steps, words, before));
  }

  /** After the steps applied: the model, each undo newest first, the steps applied again. */
  private Optional<Mismatch> check(List<Step> steps, Step.Words words, List<Schema> before)
      throws IntrospectionException {
    Introspection applied = read();
    String last = steps.get(steps.size() - 1).names().name();
    List<String> toModel = model.differences(applied);
    if (!toModel.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "after " + last + " the schema does not equal the entity model; autogen diff finds",
              toModel));
    }
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      Optional<String> cannot = step.cannotUndo().get();
      if (cannot.isPresent()) {
        return Optional.of(new Mismatch(step.names().name(), cannot.get(), List.of()));
      }
      Optional<Mismatch> failed = run(step, "undo", step.names().undoName(), step.undo());
      if (failed.isPresent()) {
        return failed;
      }
      List<String> left = differences(before.get(i), read().current());
      if (!left.isEmpty()) {
        return Optional.of(
            new Mismatch(
                step.names().undoName(),
                "after "
                    + step.names().undone()
                    + " the schema does not equal the one before "
                    + step.names().before()
                    + "; from the schema before to the one found",
                left));
      }
    }
    for (Step step : steps) {
      Optional<Mismatch> failed = run(step, "re-apply", step.names().name(), step.apply());
      if (failed.isPresent()) {
        return failed;
      }
    }
    List<String> again = differences(applied.current(), read().current());
    if (!again.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "applied again after the "
                  + words.undos()
                  + ", the "
                  + words.steps()
                  + " leave another schema than the first time; from the first to the second",
              again));
    }
    return Optional.empty();
  }

  private Optional<Mismatch> run(Step step, String action, String name, Step.Action work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (MigrationReplayException e) {
      return Optional.of(new Mismatch(name, action + " failed: " + e.getMessage(), List.of()));
    }
    report.accept(
        new StepLine(
            action, name, step.names().kind(), Duration.ofNanos(System.nanoTime() - start)));
    return Optional.empty();
  }

  private Introspection read() throws IntrospectionException {
    return schema.read();
  }

  /** The changes from {@code expected} to {@code found}, one per line. */
  static List<String> differences(Schema expected, Schema found) {
    return new Differ()
        .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
  }
}
