package dev.autogen.render;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole plans rendered to Flyway files, compared with {@code golden/render/<case>/}. */
class RendererGoldenTest {

  private final Renderer renderer =
      new Renderer(PostgresDialect.create(), TemplateSource.bundled());

  static RenderSettings settings(String message) {
    return RenderSettings.defaults(
        "20261125113800",
        message,
        Path.of("db/migration"),
        Path.of("db/deferred"),
        Path.of("db/rollback"));
  }

  private void assertGolden(String name, MigrationPlan plan, String message) {
    Map<String, String> files = new LinkedHashMap<>();
    renderer
        .render(plan, settings(message))
        .forEach(f -> files.put(f.path().toString().replace('\\', '/'), f.text()));
    GoldenFiles.assertFolder(GoldenFiles.resource("render/" + name), files);
  }

  @Test
  void newTableWithForeignKeyAndIndex() {
    assertGolden("new_table", SamplePlans.newTableWithForeignKeyAndIndex(), "Add user preferences");
  }

  @Test
  void concurrentUniqueIndex() {
    assertGolden("concurrent_unique", SamplePlans.concurrentUniqueIndex(), "unique email");
  }

  @Test
  void contractDropColumn() {
    assertGolden("contract_drop_column", SamplePlans.contractDropColumn(), "drop legacy code");
  }

  @Test
  void renameWithSyncTrigger() {
    assertGolden("rename_sync_trigger", SamplePlans.renameWithSyncTrigger(), "rename Mixed Case");
  }

  /** Every sample statement in one file: the reviewable output of every template. */
  @Test
  void everyOperationKind() {
    String all =
        OperationSamples.all().stream()
            .map(s -> "-- " + s.name() + "\n" + renderer.statement(s.op()) + ";\n")
            .collect(Collectors.joining("\n"));
    GoldenFiles.assertMatches(GoldenFiles.resource("render/statements.sql"), all);
  }
}
