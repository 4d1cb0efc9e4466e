package dev.autogen.verify;

import dev.autogen.devdb.LiquibaseSession;
import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
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
 * {@link Verifier}'s checks for a Liquibase project, with the real Liquibase doing the work: the
 * changelog is updated up to the newest changesets (those of the last changelog file, which is what
 * one {@code autogen -m} writes), each of those is applied, the schema is checked against the
 * entity model, each is rolled back newest first (the schema must equal the one before it), and
 * they are applied again (the schema must equal the first result).
 */
public final class ChangeLogVerifier {

  private final Connection c;
  private final String schema;
  private final Introspector introspector;
  private final ModelCheck model;
  private final Consumer<StepLine> report;

  public ChangeLogVerifier(
      Connection c, String schema, Dialect dialect, ModelCheck model, Consumer<StepLine> report) {
    this.c = c;
    this.schema = schema;
    this.introspector = new Introspector(dialect);
    this.model = model;
    this.report = report;
  }

  /**
   * @param all verify every changeset, not only the newest file's
   * @return the first mismatch, or empty when everything held
   * @throws MigrationReplayException when a changeset before the verified ones fails
   * @throws IllegalArgumentException when the changelog has no changeset to verify
   */
  public Optional<Mismatch> run(LiquibaseSession liquibase, boolean all)
      throws MigrationReplayException, IntrospectionException {
    List<ChangeSetName> unrun = liquibase.unrun();
    if (unrun.isEmpty()) {
      throw new IllegalArgumentException("the change log has no changesets to verify");
    }
    List<ChangeSetName> steps = all ? unrun : newest(unrun);
    int history = unrun.size() - steps.size();
    if (history > 0) {
      liquibase.update(history);
    }
    List<Schema> before = new ArrayList<>();
    for (ChangeSetName step : steps) {
      before.add(read().current());
      Optional<Mismatch> failed = run(step, "apply", () -> liquibase.update(1));
      if (failed.isPresent()) {
        return failed;
      }
    }
    Introspection applied = read();
    String last = steps.get(steps.size() - 1).id();
    List<String> toModel = model.differences(applied);
    if (!toModel.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "after " + last + " the schema does not equal the entity model; autogen diff finds",
              toModel));
    }
    for (int i = steps.size() - 1; i >= 0; i--) {
      ChangeSetName step = steps.get(i);
      Optional<Mismatch> failed = run(step, "undo", () -> liquibase.rollback(1));
      if (failed.isPresent()) {
        return failed;
      }
      List<String> left = Verifier.differences(before.get(i), read().current());
      if (!left.isEmpty()) {
        return Optional.of(
            new Mismatch(
                step.id(),
                "after the rollback of "
                    + step.id()
                    + " the schema does not equal the one before it; from the schema before to"
                    + " the one found",
                left));
      }
    }
    for (ChangeSetName step : steps) {
      Optional<Mismatch> failed = run(step, "re-apply", () -> liquibase.update(1));
      if (failed.isPresent()) {
        return failed;
      }
    }
    List<String> again = Verifier.differences(applied.current(), read().current());
    if (!again.isEmpty()) {
      return Optional.of(
          new Mismatch(
              last,
              "applied again after the rollbacks, the changesets leave another schema than the"
                  + " first time; from the first to the second",
              again));
    }
    return Optional.empty();
  }

  /** The trailing changesets of the last changelog file: one {@code autogen -m}'s output. */
  static List<ChangeSetName> newest(List<ChangeSetName> unrun) {
    String file = unrun.get(unrun.size() - 1).filePath();
    int first = unrun.size() - 1;
    while (first > 0 && unrun.get(first - 1).filePath().equals(file)) {
      first--;
    }
    return unrun.subList(first, unrun.size());
  }

  /** Work on the dev database that may fail the way a changeset fails. */
  private interface Action {
    void run() throws MigrationReplayException;
  }

  private Optional<Mismatch> run(ChangeSetName step, String action, Action work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (MigrationReplayException e) {
      return Optional.of(new Mismatch(step.id(), action + " failed: " + e.getMessage(), List.of()));
    }
    report.accept(
        new StepLine(action, step.id(), "changeset", Duration.ofNanos(System.nanoTime() - start)));
    return Optional.empty();
  }

  private Introspection read() throws IntrospectionException {
    return introspector.read(c, schema);
  }
}
