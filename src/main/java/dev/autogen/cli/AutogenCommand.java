package dev.autogen.cli;

import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Step;
import dev.autogen.render.CarriedColumnAttributes;
import dev.autogen.render.DesiredSpellings;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import dev.autogen.render.UnrenderableChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code autogen -m MESSAGE}: compares the entities with the database and writes the migration
 * files that apply the difference in safe steps. Its subcommands are registered by {@link Main}.
 */
@Command(
    name = "autogen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Generates safe, multi-step schema migrations from JPA entity sources.")
final class AutogenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Option(
      names = {"-m", "--message"},
      description = "Describe the change; writes migration files named after it.")
  String message;

  @Mixin RevisionOption revision;

  @Option(
      names = "--format",
      split = ",",
      description =
          "text or json: the report (default: text); flyway or liquibase: the files written"
              + " (default: format= in autogen.properties, liquibase when the Spring configuration"
              + " sets spring.liquibase.change-log, else flyway). Both may be given: --format liquibase,json.")
  List<String> formats = List.of();

  @Option(
      names = "--no-rename-check",
      description =
          "Accept drop + add where the entity field kept the Java name of the dropped column,"
              + " or git history shows the field renamed.")
  boolean noRenameCheck;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (message == null) {
      spec.commandLine().usage(out);
      return ExitCode.USAGE;
    }
    if (message.isBlank()) {
      throw new UserError(
          ExitCode.USAGE, "-m needs a description of the change, e.g. -m \"add user email\"");
    }
    revision.check();
    String format = "text";
    for (String f : formats) {
      String word = f.strip().toLowerCase(java.util.Locale.ROOT);
      if (word.equals("text") || word.equals("json")) {
        format = word;
      } else {
        options.migrationFormat =
            MigrationFormat.ofOption(word, f, "text, json, flyway or liquibase");
      }
    }
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    Revisions.checkTemplates(s);
    FileWriter.prepare(s);
    SettingsReport.notes(spec.commandLine().getErr(), s);
    try (Progress progress =
        Progress.forStderr(spec.commandLine().getErr(), format.equals("json"))) {
      PipelineResult r = Pipeline.analyse(s, progress);
      if (r.assessments().isEmpty()) {
        Report.text(out, r, Optional.empty(), Map.of());
        return ExitCode.OK;
      }
      if (!noRenameCheck && !r.questions().isEmpty()) {
        Report.text(out, r, Optional.empty(), Map.of());
        r.questions().forEach(q -> out.println("error: " + q.text()));
        return ExitCode.USAGE;
      }
      TemplateSource templates = TemplateFiles.source(s.templates());
      if (!templates.hasDialect(r.dialect().templateFolder())) {
        throw new UserError(
            ExitCode.USAGE,
            "writing migrations for "
                + r.dialect().name()
                + " is not supported yet (no templates/"
                + r.dialect().templateFolder()
                + "/); `autogen diff` and `autogen lint` work on this database");
      }
      MigrationPlan plan = progress.phase("planning", () -> Pipeline.plan(s, r, true));
      String rev = revision.orNow();
      Renderer renderer =
          new Renderer(r.dialect(), templates)
              .withColumnAttributes(
                  CarriedColumnAttributes.of(plan, r.current().columnAttributes()))
              .withDesiredSpellings(
                  DesiredSpellings.of(
                      plan,
                      r.current().current(),
                      r.entities().desired(),
                      r.entities().encodings()))
              .withExpressionsReadingColumns(
                  BackfillOptions.readingColumns(s.backfills(), r.dialect()));
      RenderSettings settings =
          new RenderSettings(
              rev,
              message,
              s.migrations(),
              s.deferred(),
              s.rollback(),
              s.lockTimeout(),
              s.statementTimeout());
      List<Path> written;
      Map<Step, String> fileOfStep;
      try {
        if (s.format() == MigrationFormat.LIQUIBASE) {
          written =
              progress.phase(
                  "writing changelogs",
                  () -> LiquibaseOutput.write(plan, settings, s, renderer, templates));
          fileOfStep = Map.of();
        } else {
          List<RenderedFile> files =
              progress.phase(
                  "writing migrations",
                  () -> {
                    List<RenderedFile> rendered = renderer.render(plan, settings);
                    FileWriter.writeAll(rendered, s);
                    return rendered;
                  });
          fileOfStep = fileOfStep(plan, files, s);
          written = files.stream().map(RenderedFile::path).toList();
        }
      } catch (UnrenderableChange e) {
        // rendering precedes writing: no file is written
        throw new UserError(ExitCode.USAGE, e.getMessage(), e);
      }
      if (format.equals("json")) {
        Report.json(out, r, Optional.of(plan), Optional.empty());
      } else {
        Report.text(out, r, Optional.of(plan), fileOfStep);
        out.println("wrote:");
        written.forEach(f -> out.println("  " + f));
        if (plan.steps().stream().anyMatch(st -> st.phase() == dev.autogen.plan.Phase.CONTRACT)) {
          out.println(
              "the contract step waits in "
                  + s.deferred()
                  + "; run `autogen promote`"
                  + (s.format() == MigrationFormat.LIQUIBASE ? " --format liquibase" : "")
                  + " once the old application version is gone");
        }
      }
      return ExitCode.OK;
    }
  }

  /** The migration (not rollback, not .conf) file of each step, in plan order. */
  private static Map<Step, String> fileOfStep(
      MigrationPlan plan, List<RenderedFile> files, Settings s) {
    List<RenderedFile> migrations =
        files.stream()
            .filter(f -> f.path().getFileName().toString().startsWith("V"))
            .filter(f -> f.path().getFileName().toString().endsWith(".sql"))
            .toList();
    Map<Step, String> result = new LinkedHashMap<>();
    for (int i = 0; i < plan.steps().size() && i < migrations.size(); i++) {
      result.put(plan.steps().get(i), migrations.get(i).path().getFileName().toString());
    }
    return result;
  }
}
