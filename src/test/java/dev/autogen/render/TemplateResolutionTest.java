package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.cli.TemplateFiles;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Identifier;
import dev.autogen.plan.DropTable;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.OperationKindNames;
import dev.autogen.plan.ValidateConstraint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where templates are looked up, and what happens when one is missing or wrong. */
class TemplateResolutionTest {

  private final Dialect postgres = PostgresDialect.create();

  @Test
  void everyOperationKindHasAPostgresTemplate() {
    Renderer renderer = new Renderer(postgres, TemplateSource.bundled());
    for (String kind : OperationKindNames.ALL) {
      assertThat(renderer.templateOrigin(kind))
          .as(kind)
          .matches("classpath:templates/(postgres|ansi)/" + kind + "\\.sql\\.mustache");
    }
  }

  @Test
  void samplesCoverEveryKindAndRenderWithoutGaps() {
    Renderer renderer = new Renderer(postgres, TemplateSource.bundled());
    assertThat(OperationSamples.all().stream().map(s -> s.op().kind()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(OperationKindNames.ALL);
    OperationSamples.all()
        .forEach(
            s ->
                assertThat(renderer.statement(s.op()))
                    .as(s.name())
                    .isNotBlank()
                    .doesNotEndWith(";")
                    .doesNotContain("{{"));
  }

  @Test
  void plainSqlKindsFallBackToAnsi() {
    Renderer renderer = new Renderer(postgres, TemplateSource.bundled());
    assertThat(renderer.templateOrigin("drop_column")).contains("templates/ansi/");
    assertThat(renderer.templateOrigin("create_index")).contains("templates/postgres/");
  }

  @Test
  void userFolderOverridesOneFileAndFallsBackForTheRest(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("postgres"));
    Files.writeString(
        dir.resolve("postgres/drop_table.sql.mustache"),
        "DROP TABLE IF EXISTS {{table}} CASCADE\n");
    Renderer renderer = new Renderer(postgres, TemplateSource.withOverrides(TemplateFiles.of(dir)));
    DropTable drop = (DropTable) sample("drop_table");

    assertThat(renderer.statement(drop)).isEqualTo("DROP TABLE IF EXISTS account CASCADE");
    assertThat(renderer.templateOrigin("drop_table"))
        .isEqualTo(dir.resolve("postgres/drop_table.sql.mustache").toString());
    assertThat(renderer.statement(sample("drop_column")))
        .isEqualTo("ALTER TABLE \"user\" DROP COLUMN \"Mixed Case\"");
    assertThat(renderer.templateOrigin("drop_column")).startsWith("classpath:");
  }

  @Test
  void userFolderOverridesPartialsAndLayouts(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("ansi"));
    Files.createDirectories(dir.resolve("flyway"));
    Files.writeString(
        dir.resolve("ansi/column_definition.sql.mustache"), "{{name}} /*custom*/ {{type}}\n");
    Files.writeString(dir.resolve("flyway/undo.sql.mustache"), "-- my undo {{number}}\n");
    Renderer renderer = new Renderer(postgres, TemplateSource.withOverrides(TemplateFiles.of(dir)));

    assertThat(renderer.statement(sample("add_column")))
        .isEqualTo(
            "ALTER TABLE \"user\" ADD COLUMN \"Added Col\" /*custom*/ timestamp(3) with time zone");
    var files = renderer.render(SamplePlans.contractDropColumn(), RendererGoldenTest.settings("m"));
    assertThat(files.get(1).text()).isEqualTo("-- my undo 1\n");
    assertThat(files.get(0).text()).startsWith("-- autogen revision 20261125113800, step 1 of 1");
  }

  @Test
  void missingTemplateNamesTheKindAndEveryFolderSearched(@TempDir Path dir) {
    Dialect unknown =
        new Dialect(
            "nosuch",
            postgres.capabilities(),
            postgres.types(),
            postgres.identifiers(),
            postgres.expressions(),
            postgres.wording(),
            postgres.steps());
    Renderer renderer = new Renderer(unknown, TemplateSource.withOverrides(TemplateFiles.of(dir)));
    var validate = new ValidateConstraint(Identifier.of("t"), Identifier.of("c"));

    assertThatThrownBy(() -> renderer.statement(validate))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("validate_constraint")
        .hasMessageContaining(dir.resolve("nosuch/validate_constraint.sql.mustache").toString())
        .hasMessageContaining(dir.resolve("ansi/validate_constraint.sql.mustache").toString())
        .hasMessageContaining("classpath:templates/nosuch/validate_constraint.sql.mustache")
        .hasMessageContaining("classpath:templates/ansi/validate_constraint.sql.mustache");
    // kinds with an ANSI template still render for a dialect without its own folder
    assertThat(renderer.statement(sample("drop_table"))).isEqualTo("DROP TABLE account");
  }

  @Test
  void templateNamingAnUnknownValueFails(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("postgres"));
    Files.writeString(
        dir.resolve("postgres/drop_column.sql.mustache"), "ALTER TABLE {{tabel}} DROP {{column}}");
    Renderer renderer = new Renderer(postgres, TemplateSource.withOverrides(TemplateFiles.of(dir)));

    assertThatThrownBy(() -> renderer.statement(sample("drop_column")))
        .hasStackTraceContaining("tabel");
  }

  @Test
  void overrideFolderMustExist(@TempDir Path dir) {
    assertThatThrownBy(() -> TemplateFiles.of(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void emptyPlanRendersNothing() {
    Renderer renderer = new Renderer(postgres, TemplateSource.bundled());
    assertThat(
            renderer.render(
                new MigrationPlan(java.util.List.of()), RendererGoldenTest.settings("m")))
        .isEmpty();
  }

  private static dev.autogen.plan.Operation sample(String name) {
    return OperationSamples.all().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .op();
  }
}
