package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.Introspection;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.testing.GoldenFiles;
import dev.autogen.testing.ScenarioArgs;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.StageText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every scenario under {@code fixtures/} through diff, classify and plan without a database, as
 * {@code autogen -m} runs them (the same settings, the scenario's {@code args}), compared with the
 * golden {@code expected/postgres.plan.txt}, so that a change in any stage shows as a readable
 * diff. The current schema is {@code expected/postgres.current.txt}, the snapshot of what {@code
 * ScenarioIT} reads from the real database after {@code current.sql} (it checks the snapshot on
 * every run; {@code -Dgolden.update=true} on it rewrites the snapshot).
 */
class ScenarioStagesTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioThroughDiffClassifyAndPlan() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve("current.sql"))).sorted().toList();
    }
    assertThat(cases).as("scenario folders under fixtures/").isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private static void run(Path fixture) throws IOException {
    Path snapshot = fixture.resolve("expected/postgres.current.txt");
    assertThat(snapshot)
        .as("the current schema of %s (ScenarioIT writes it with -Dgolden.update=true)", fixture)
        .isRegularFile();
    Introspection current = SchemaSnapshot.parse(Files.readString(snapshot));

    Settings s = new SettingsResolver(k -> null).resolve(options(fixture));
    PipelineResult r = Pipeline.analyse(s, current);
    MigrationPlan plan = Pipeline.plan(s, r);

    StringBuilder text = new StringBuilder();
    text.append("# diff\n");
    text.append(StageText.changes(r.changes()));
    r.questions().forEach(q -> text.append("question: ").append(q.text()).append('\n'));
    text.append("\n# classify\n").append(StageText.assessments(r.assessments()));
    text.append("\n# plan\n");
    text.append(StageText.plan(plan));
    GoldenFiles.assertMatches(fixture.resolve("expected/postgres.plan.txt"), text.toString());
  }

  /** ScenarioIT's options: a live database (its statistics count), the fixture's entities. */
  private static CommonOptions options(Path fixture) throws IOException {
    Path out = Path.of("target", "scenario-stages", fixture.getFileName().toString());
    List<String> args = new ArrayList<>(List.of("--url", "jdbc:postgresql://127.0.0.1:5432/test"));
    args.addAll(ScenarioArgs.of(fixture, out));
    CommonOptions o = new CommonOptions();
    new CommandLine(o).parseArgs(args.toArray(String[]::new));
    return o;
  }
}
