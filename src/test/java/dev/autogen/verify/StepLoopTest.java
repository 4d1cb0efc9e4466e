package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.introspect.Introspection;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one verification loop, over steps that create a table each in a pretend database: the order
 * of the report's lines and the sentences of each mismatch, in the words of a Flyway file and of a
 * Liquibase changeset.
 */
class StepLoopTest {

  /** The pretend database: the names of its tables. */
  private final TreeSet<String> tables = new TreeSet<>();

  private final List<String> lines = new ArrayList<>();

  @TempDir Path dir;

  private Optional<Mismatch> run(List<Step> steps, Step.Words words) throws Exception {
    return verify(steps, words).mismatch();
  }

  private Verification verify(List<Step> steps, Step.Words words) throws Exception {
    StepLoop loop =
        new StepLoop(
            () -> new Introspection(schema(), List.of(), "1", "UTC"),
            current -> List.of(),
            line -> lines.add(line.action() + " " + line.file() + " " + line.kind()));
    return loop.run(steps, words);
  }

  private Schema schema() {
    List<Table> list = new ArrayList<>();
    for (String t : tables) {
      list.add(
          new Table(
              Identifier.of(t),
              List.of(),
              Optional.empty(),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    return new Schema(list, List.of());
  }

  /** A Flyway file step in {@code dir}, whose downgrade is written there when {@code undoable}. */
  private Step file(String version, boolean undoable) throws IOException {
    if (undoable) {
      Files.writeString(dir.resolve("U" + version + "__t.sql"), "");
    }
    MigrationFile m = new MigrationFile(dir.resolve("V" + version + "__t.sql"), version, "t", true);
    return FileStep.of(null, new VerifyStep(m, dir.resolve("U" + version + "__t.sql"), "expand"));
  }

  private static Step changeSet(String id) {
    return ChangeSetStep.of(null, new ChangeSetName("db/changelog/2.sql", id, "team"));
  }

  /**
   * The real step's names and undo check, creating {@code table}; its undo drops it, or leaves it
   * when {@code undoDrops} is false.
   */
  private Step creating(Step real, String table, boolean undoDrops) {
    return new Step(
        real.names(),
        real.cannotUndo(),
        () -> {
          if (!tables.add(table)) {
            throw new MigrationReplayException(
                "relation \"" + table + "\" already exists", null, null);
          }
        },
        () -> {
          if (undoDrops) {
            tables.remove(table);
          }
        });
  }

  /** A changeset step, whose undo Liquibase always attempts. */
  private Step changeSetCreating(String id, String table, boolean undoDrops) {
    return creating(changeSet(id), table, undoDrops);
  }

  @Test
  void stepsApplyUndoNewestFirstAndApplyAgain() throws Exception {
    Verification v =
        verify(
            List.of(changeSetCreating("1-a", "a", true), changeSetCreating("2-b", "b", true)),
            ChangeSetStep.WORDS);

    assertThat(v.mismatch()).isEmpty();
    assertThat(v.applied()).containsExactly("1-a", "2-b");
    assertThat(lines)
        .containsExactly(
            "apply 1-a changeset",
            "apply 2-b changeset",
            "undo 2-b changeset",
            "undo 1-a changeset",
            "re-apply 1-a changeset",
            "re-apply 2-b changeset");
    assertThat(tables).containsExactly("a", "b");
  }

  @Test
  void aMissingDowngradeStopsBeforeAnythingIsUndone() throws Exception {
    Optional<Mismatch> m = run(List.of(creating(file("1", false), "a", true)), FileStep.WORDS);

    assertThat(m).get().extracting(Mismatch::step).isEqualTo("V1__t");
    assertThat(m.get().problem())
        .isEqualTo("no downgrade: " + dir.resolve("U1__t.sql") + " does not exist");
    assertThat(lines).containsExactly("apply V1__t expand");
  }

  @Test
  void aDowngradeThatLeavesATableNamesTheDowngradeAndItsStep() throws Exception {
    Optional<Mismatch> m = run(List.of(creating(file("1", true), "a", false)), FileStep.WORDS);

    assertThat(m).get().extracting(Mismatch::step).isEqualTo("U1__t");
    assertThat(m.get().problem())
        .isEqualTo(
            "after U1__t the schema does not equal the one before V1__t; from the schema before"
                + " to the one found");
    assertThat(m.get().differences()).containsExactly("add_table a");
    assertThat(lines).containsExactly("apply V1__t expand", "undo U1__t expand");
  }

  @Test
  void aRollbackThatLeavesATableNamesTheChangeset() throws Exception {
    Optional<Mismatch> m = run(List.of(changeSetCreating("2-a", "a", false)), ChangeSetStep.WORDS);

    assertThat(m).get().extracting(Mismatch::step).isEqualTo("2-a");
    assertThat(m.get().problem())
        .isEqualTo(
            "after the rollback of 2-a the schema does not equal the one before it; from the"
                + " schema before to the one found");
  }

  @Test
  void aFailingApplyStopsAtItsStep() throws Exception {
    tables.add("b");

    Verification v =
        verify(
            List.of(changeSetCreating("1-a", "a", true), changeSetCreating("2-b", "b", true)),
            ChangeSetStep.WORDS);

    assertThat(v.applied()).containsExactly("1-a");
    Optional<Mismatch> m = v.mismatch();
    assertThat(m).get().extracting(Mismatch::step).isEqualTo("2-b");
    assertThat(m.get().problem()).isEqualTo("apply failed: relation \"b\" already exists");
    assertThat(lines).containsExactly("apply 1-a changeset");
  }

  @Test
  void stepsThatApplyAgainToAnotherSchemaAreNamedInTheirKindsWords() throws Exception {
    // the second time, the step creates another table than the first
    List<String> next = new ArrayList<>(List.of("a", "a2"));
    Step drifting =
        new Step(
            changeSet("1-a").names(),
            Optional::empty,
            () -> tables.add(next.get(0)),
            () -> tables.remove(next.remove(0)));

    Optional<Mismatch> m = run(List.of(drifting), ChangeSetStep.WORDS);

    assertThat(m).get().extracting(Mismatch::step).isEqualTo("1-a");
    assertThat(m.get().problem())
        .isEqualTo(
            "applied again after the rollbacks, the changesets leave another schema than the"
                + " first time; from the first to the second");
    assertThat(m.get().differences()).containsExactly("add_table a2", "drop_table a");
  }
}
