package dev.autogen.cli;

import dev.autogen.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code autogen diff}: prints the classified changes and writes nothing. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Prints the classified changes between the database and the entities.")
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Option(names = "--format", description = "text or json (default: text).")
  String format = "text";

  @Option(names = "--exit-code", description = "Exit with 1 when there are changes.")
  boolean exitCode;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print on stderr where each setting came from (option, environment, config).")
  boolean verbose;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserError(ExitCode.USAGE, "unknown --format '" + format + "' (use text or json)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    if (verbose) {
      SettingsReport.origins(spec.commandLine().getErr(), s);
    }
    SettingsReport.notes(spec.commandLine().getErr(), s);
    try (Progress progress =
        Progress.forStderr(spec.commandLine().getErr(), format.equals("json"))) {
      PipelineResult r = Pipeline.analyse(s, progress);
      Optional<MigrationPlan> plan = Optional.empty();
      Optional<String> planError = Optional.empty();
      try {
        plan =
            r.assessments().isEmpty()
                ? Optional.empty()
                : Optional.of(progress.phase("planning", () -> Pipeline.plan(s, r)));
      } catch (UserError e) {
        planError = Optional.of(e.getMessage());
      }
      if (format.equals("json")) {
        Report.json(out, r, plan, planError);
      } else {
        Report.text(out, r, plan, Map.of());
        planError.ifPresent(e -> out.println("cannot plan yet: " + e));
      }
      return exitCode && !r.assessments().isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
    }
  }
}
