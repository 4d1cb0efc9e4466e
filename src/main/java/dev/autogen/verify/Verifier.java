package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationReplayer;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Verifies the steps of {@link Revisions} on a dev database connection: applies each, checks the
 * schema against the entity model after the last, runs each downgrade newest first checking that
 * the schema equals the one before its step, then applies the steps again and checks the schema is
 * the one they made the first time. Stops at the first thing that does not hold.
 */
public final class Verifier {

  private final Connection c;
  private final String schema;
  private final Introspector introspector;
  private final ModelCheck model;
  private final Consumer<StepLine> report;

  /**
   * @param schema the schema the dev database's migrations create their objects in
   * @param report told each step as it passes
   */
  public Verifier(
      Connection c, String schema, Dialect dialect, ModelCheck model, Consumer<StepLine> report) {
    this.c = c;
    this.schema = schema;
    this.introspector = new Introspector(dialect);
    this.model = model;
    this.report = report;
  }

  /**
   * Runs the verification.
   *
   * @return the first mismatch, or empty when everything held
   * @throws MigrationReplayException when a file of the history fails (not a verified step: that is
   *     a mismatch)
   * @throws IntrospectionException when the dev database cannot be read
   */
  public Optional<Mismatch> run(Revisions revisions)
      throws MigrationReplayException, IntrospectionException {
    for (MigrationFile m : revisions.history()) {
      MigrationReplayer.apply(c, m.path().getParent(), m);
    }
    List<VerifyStep> steps = revisions.steps();
    List<Schema> before = new ArrayList<>();
    for (VerifyStep step : steps) {
      before.add(read().current());
      Optional<Mismatch> failed = run(step, step.migration(), step.name(), "apply");
      if (failed.isPresent()) {
        return failed;
      }
    }
    Introspection applied = read();
    String last = steps.get(steps.size() - 1).name();
    List<String> toModel = model.differences(applied);
    if (!toModel.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "after " + last + " the schema does not equal the entity model; autogen diff finds",
              toModel));
    }
    for (int i = steps.size() - 1; i >= 0; i--) {
      VerifyStep step = steps.get(i);
      if (!Files.isRegularFile(step.undo())) {
        return Optional.of(
            new Mismatch(
                step.name(), "no downgrade: " + step.undo() + " does not exist", List.of()));
      }
      MigrationFile undo = new MigrationFile(step.undo(), step.migration().version(), "undo", true);
      Optional<Mismatch> failed = run(step, undo, step.undoName(), "undo");
      if (failed.isPresent()) {
        return failed;
      }
      List<String> left = differences(before.get(i), read().current());
      if (!left.isEmpty()) {
        return Optional.of(
            new Mismatch(
                step.undoName(),
                "after "
                    + step.undoName()
                    + " the schema does not equal the one before "
                    + step.name()
                    + "; from the schema before to the one found",
                left));
      }
    }
    for (VerifyStep step : steps) {
      Optional<Mismatch> failed = run(step, step.migration(), step.name(), "re-apply");
      if (failed.isPresent()) {
        return failed;
      }
    }
    List<String> again = differences(applied.current(), read().current());
    if (!again.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "applied again after the downgrades, the steps leave another schema than the first"
                  + " time; from the first to the second",
              again));
    }
    return Optional.empty();
  }

  private Optional<Mismatch> run(VerifyStep step, MigrationFile file, String name, String action) {
    long start = System.nanoTime();
    try {
      MigrationReplayer.apply(c, file.path().getParent(), file);
    } catch (MigrationReplayException e) {
      return Optional.of(new Mismatch(name, action + " failed: " + e.getMessage(), List.of()));
    }
    report.accept(
        new StepLine(action, name, step.kind(), Duration.ofNanos(System.nanoTime() - start)));
    return Optional.empty();
  }

  private Introspection read() throws IntrospectionException {
    return introspector.read(c, schema);
  }

  /** The changes from {@code expected} to {@code found}, one per line. */
  static List<String> differences(Schema expected, Schema found) {
    return new Differ()
        .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
  }

  /** {@code add_column users.bio}, {@code add_index users (users_email_idx)}. */
  public static String describe(Change c) {
    return c.kind()
        + " "
        + c.tableName()
        + c.columnName().map(col -> "." + col).orElse("")
        + c.objectName().map(n -> " (" + n + ")").orElse("");
  }
}
