package dev.autogen.verify;

import dev.autogen.devdb.LiquibaseSession;
import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link StepLoop}'s checks for a Liquibase project, with the real Liquibase doing the work: the
 * changelog is updated up to the newest changesets (those of the last changelog file, which is what
 * one {@code autogen -m} writes), each of those is applied, the schema is checked against the
 * entity model, each is rolled back newest first (the schema must equal the one before it), and
 * they are applied again (the schema must equal the first result).
 */
public final class ChangeLogVerifier {

  private final StepLoop loop;

  public ChangeLogVerifier(
      Connection c, String schema, Dialect dialect, ModelCheck model, Consumer<StepLine> report) {
    this.loop = StepLoop.on(c, schema, dialect, model, report);
  }

  /**
   * @param all verify every changeset, not only the newest file's
   * @return the changesets applied and the first mismatch, if any
   * @throws MigrationReplayException when a changeset before the verified ones fails
   * @throws NothingToVerifyException when the changelog has no changeset to verify
   */
  public Verification run(LiquibaseSession liquibase, boolean all)
      throws MigrationReplayException, IntrospectionException, NothingToVerifyException {
    List<ChangeSetName> unrun = liquibase.unrun();
    List<ChangeSetName> steps = verified(unrun, all);
    int history = unrun.size() - steps.size();
    if (history > 0) {
      liquibase.update(history);
    }
    return loop.run(
        steps.stream().map(step -> ChangeSetStep.of(liquibase, step)).toList(),
        ChangeSetStep.WORDS);
  }

  /** The changesets to verify: all of {@code unrun}, or {@link #newest} of them. */
  static List<ChangeSetName> verified(List<ChangeSetName> unrun, boolean all)
      throws NothingToVerifyException {
    if (unrun.isEmpty()) {
      throw new NothingToVerifyException("the change log has no changesets to verify");
    }
    return all ? unrun : newest(unrun);
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
}
