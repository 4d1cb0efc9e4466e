package dev.autogen.cli;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.lint.Finding;
import dev.autogen.lint.GithubReport;
import dev.autogen.lint.JsonReport;
import dev.autogen.lint.LintReport;
import dev.autogen.lint.LintTargets;
import dev.autogen.lint.Rule;
import dev.autogen.lint.SarifReport;
import dev.autogen.lint.SchemaCheck;
import dev.autogen.lint.SchemaSnapshots;
import dev.autogen.lint.Severity;
import dev.autogen.lint.StatementLinter;
import dev.autogen.lint.StatementPass;
import dev.autogen.lint.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autogen lint}: checks migration files for changes that break the running application or
 * block tables, statement by statement and (on a dev database) by diffing the schema before and
 * after them. Exit 0 when no finding reaches {@code --fail-on}, 1 when one does, 2 for usage
 * errors, 3 when the dev database cannot be had.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Checks migration files for breaking or blocking schema changes.")
final class LintCommand implements Callable<Integer> {
  private static final Set<String> FORMATS = Set.of("text", "json", "sarif", "github");

  /** The replayed history or a linted file failed to apply on the dev database. */
  private static final Rule MIGRATION_FAILS =
      new Rule(
          "migration-fails",
          Severity.ERROR,
          "The migration fails when applied after the earlier migrations.",
          "Fix the statement; the dev database shows the error PostgreSQL gives.");

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Migration files to lint (default: the newest).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", description = "text, json, sarif or github (default: text).")
  String format = "text";

  @Option(names = "--fail-on", description = "error or warning (default: error).")
  String failOn = "error";

  @Option(
      names = "--skip-schema-check",
      description = "Only the statement rules; no dev database, no schema diff.")
  boolean skipSchemaCheck;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new UserError(
          ExitCode.USAGE, "unknown --format '" + format + "' (use text, json, sarif or github)");
    }
    Severity threshold;
    try {
      threshold = Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCode.USAGE, "unknown --fail-on '" + failOn + "' (use error or warning)");
    }
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    Dialect dialect = Pipeline.dialect(s);
    LintTargets targets;
    StatementPass pass;
    try {
      targets = LintTargets.resolve(s.migrations(), files);
      pass =
          new StatementLinter(dialect).lint(targets.all(), targets.targets(), LintCommand::display);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read migrations: " + e.getMessage(), e);
    }
    List<Finding> findings = new ArrayList<>(pass.findings());
    if (!skipSchemaCheck) {
      findings.addAll(schemaFindings(s, dialect, targets, pass));
    }
    LintReport report = new LintReport(pass.files(), findings);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> JsonReport.write(out, report);
      case "sarif" ->
          SarifReport.write(out, report, new Version().getVersion()[0].replace("autogen ", ""));
      case "github" -> GithubReport.write(out, report);
      default -> TextReport.write(out, report);
    }
    out.flush();
    return report.fails(threshold) ? ExitCode.CHANGES : ExitCode.OK;
  }

  private static List<Finding> schemaFindings(
      Settings s, Dialect dialect, LintTargets targets, StatementPass pass) {
    try (DevDatabase db =
        DevDatabases.open(
            s.devUrl().orElse(null), s.user().orElse(null), s.password().orElse(null))) {
      SchemaSnapshots.Snapshots snap;
      try {
        snap = SchemaSnapshots.take(db, dialect, targets.earlier(), targets.linted());
      } catch (MigrationReplayException e) {
        // the replay ran on temporary copies: find the real file by its name
        Optional<Path> failed =
            e.file()
                .flatMap(
                    copy ->
                        targets.linted().stream()
                            .map(m -> m.path())
                            .filter(p -> p.getFileName().equals(copy.getFileName()))
                            .findFirst());
        if (failed.isEmpty()) {
          throw new UserError(
              ExitCode.USAGE,
              "replaying earlier migrations failed: " + CurrentSchema.firstLine(e.getMessage()),
              e);
        }
        return List.of(
            new Finding(
                display(failed.get()),
                1,
                MIGRATION_FAILS,
                CurrentSchema.firstLine(e.getMessage()),
                Optional.empty(),
                Optional.empty()));
      }
      return SchemaCheck.findings(dialect, snap.before(), snap.after(), pass);
    } catch (DevDatabaseException e) {
      throw new UserError(
          ExitCode.DATABASE, "no dev database: " + CurrentSchema.firstLine(e.getMessage()), e);
    } catch (SQLException | IntrospectionException e) {
      throw new UserError(
          ExitCode.DATABASE, "dev database: " + CurrentSchema.firstLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot copy migrations: " + e.getMessage(), e);
    }
  }

  /** A file as findings name it: relative to the working directory when it lies below it. */
  static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
