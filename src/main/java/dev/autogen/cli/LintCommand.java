package dev.autogen.cli;

import dev.autogen.devdb.ChangeLogFiles;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.LiquibaseReplay;
import dev.autogen.devdb.Messages;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.entities.EntityReadException;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.lint.Severity;
import dev.autogen.lint.report.GithubReport;
import dev.autogen.lint.report.JsonReport;
import dev.autogen.lint.report.JunitReport;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.report.SarifReport;
import dev.autogen.lint.report.TextReport;
import dev.autogen.lint.run.LintRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code autogen lint}: checks migration files (and, with {@code --base}, the entity changes of a
 * pull request) for changes that break the running application or block tables. Exit 0 when no
 * finding reaches {@code --fail-on}, 1 when one does, 2 for usage errors, 3 when the dev database
 * cannot be had.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Checks migration files for breaking or blocking schema changes.")
final class LintCommand implements Callable<Integer> {
  private static final Set<String> FORMATS = Set.of("text", "json", "sarif", "github", "junit");

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "Migration files to lint (default: the files not yet recorded in autogen.sum, or the newest).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--base",
      description =
          "Lint everything changed since this git revision (entity sources and migration files).")
  String base;

  @Option(names = "--format", description = "text, json, sarif, github or junit (default: text).")
  String format = "text";

  @Option(names = "--fail-on", description = "error or warning (default: error).")
  String failOn = "error";

  @Option(names = "--skip-schema-check", description = "Only the checks that need no dev database.")
  boolean skipSchemaCheck;

  @Option(
      names = "--server-version",
      paramLabel = "VERSION",
      description =
          "The target server's version (e.g. 11, 10.6, 8.0.28): the rules judge for it (default: the"
              + " --dev-url server's version, else a current server).")
  String serverVersion;

  /** The entity sources read, as the JSON report names them; set by {@link #entityRoots}. */
  private LintReport.EntitySources entitySources;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new UserError(
          ExitCode.USAGE,
          "unknown --format '" + format + "' (use text, json, sarif, github or junit)");
    }
    Severity threshold;
    try {
      threshold = Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCode.USAGE, "unknown --fail-on '" + failOn + "' (use error or warning)");
    }
    if (base != null && !files.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "give either FILEs or --base, not both");
    }
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    Dialect dialect = Pipeline.dialect(s);
    if (serverVersion != null) {
      try {
        dialect = Dialects.atVersion(dialect, serverVersion);
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCode.USAGE, e.getMessage(), e);
      }
    }
    // a --dev-url server stands for the target; the embedded PostgreSQL is only autogen's
    boolean versionFromDevDatabase =
        serverVersion == null && s.devUrl().filter(u -> !u.isBlank()).isPresent();
    List<Path> roots = entityRoots(s);
    LintRun.Options run =
        new LintRun.Options(
            dialect,
            s.naming(),
            roots,
            s.migrations(),
            s.deferred(),
            files,
            Optional.ofNullable(base),
            // git is asked in the repository that holds the migrations
            java.nio.file.Files.isDirectory(s.migrations()) ? s.migrations() : Path.of(""),
            !skipSchemaCheck,
            allow(s.lintAllow()),
            LintCommand::display,
            versionFromDevDatabase,
            s.flywayConfiguration());
    LintReport report;
    try (Progress progress =
            Progress.forStderr(spec.commandLine().getErr(), !format.equals("text"));
        Progress.Running linting = progress.begin("linting migrations")) {
      Dialect family = dialect;
      Optional<LiquibaseReplay> changeLog = s.history().liquibase();
      report =
          changeLog.isPresent()
              ? LintRun.changeLogs(
                  run,
                  ChangeLogFiles.inOrder(
                      changeLog.get(), s.spring().project(), Dialects.server(family)))
              : LintRun.run(run, () -> warned(openDevDatabase(s, family)))
                  .withEntitySources(entitySources);
    } catch (MigrationReplayException e) {
      throw new UserError(ExitCode.USAGE, Messages.firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    } catch (EntityReadException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read migrations: " + e.getMessage(), e);
    } catch (DevDatabaseException e) {
      throw new UserError(
          ExitCode.DATABASE, "no dev database: " + Messages.firstLine(e.getMessage()), e);
    } catch (SQLException | IntrospectionException e) {
      throw new UserError(
          ExitCode.DATABASE, "dev database: " + Messages.firstLine(e.getMessage()), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> JsonReport.write(out, report);
      case "sarif" ->
          SarifReport.write(out, report, new Version().getVersion()[0].replace("autogen ", ""));
      case "github" -> GithubReport.write(out, report);
      case "junit" -> JunitReport.write(out, report);
      default -> TextReport.write(out, report);
    }
    out.flush();
    return report.fails(threshold) ? ExitCode.CHANGES : ExitCode.OK;
  }

  /**
   * The dev database the migrations are replayed on. Without {@code --dev-url} that is the embedded
   * one, which cannot replay another dialect's scripts: say so instead of reporting every file as
   * failing.
   */
  private static dev.autogen.devdb.DevDatabase openDevDatabase(Settings s, Dialect dialect)
      throws DevDatabaseException {
    Optional<String> devUrl = s.devUrl().filter(u -> !u.isBlank());
    Dialect embedded = DevDatabases.dialect(null);
    if (devUrl.isEmpty() && !embedded.name().equals(dialect.name())) {
      throw new DevDatabaseException(
          "the embedded dev database speaks "
              + embedded.name()
              + ", the migrations are "
              + dialect.name()
              + ": give --dev-url (e.g. jdbc:mysql://localhost:3306/test) or --skip-schema-check");
    }
    // the files under review are untrusted: a sandbox, not just a throwaway schema
    return DevDatabases.openSandbox(
        devUrl.orElse(null), s.user().orElse(null), s.password().orElse(null), s.timeouts());
  }

  /** Says on stderr, in one line, when the dev database isolates less than a sandbox should. */
  private dev.autogen.devdb.DevDatabase warned(dev.autogen.devdb.DevDatabase db) {
    db.warning().ifPresent(w -> spec.commandLine().getErr().println("autogen: warning: " + w));
    return db;
  }

  /**
   * The entity sources lint reads, said in one line on stderr: those of {@code --entities} or the
   * config file, else those the build file of the project holding the migrations declares (never
   * whatever {@code src/main/java} the working directory happens to have).
   */
  private List<Path> entityRoots(Settings s) {
    List<Path> roots;
    String from;
    dev.autogen.config.Sourced<String> origin = s.origins().get("entities");
    if (origin != null && !origin.source().equals("default")) {
      roots = s.entities();
      from = origin.source();
    } else {
      dev.autogen.entities.BuildFileRoots.Found found;
      try {
        found = dev.autogen.entities.BuildFileRoots.of(s.migrations());
      } catch (IOException e) {
        throw new UserError(ExitCode.USAGE, "cannot read the build file: " + e.getMessage(), e);
      }
      roots = found.roots();
      from = found.from();
    }
    entitySources =
        new LintReport.EntitySources(roots.stream().map(LintCommand::display).toList(), from);
    spec.commandLine()
        .getErr()
        .println(
            "autogen: entity sources: "
                + (roots.isEmpty() ? "none" : String.join(", ", entitySources.roots()))
                + " (from "
                + from
                + ")");
    return roots;
  }

  /** {@code lint.allow=CODE:reason,...}: a reason is required, as in the SQL comments. */
  static Map<String, String> allow(List<String> entries) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String e : entries) {
      int colon = e.indexOf(':');
      if (colon < 1 || e.substring(colon + 1).isBlank()) {
        throw new UserError(
            ExitCode.USAGE,
            "lint.allow entry '" + e + "' is not CODE:reason (the reason is required)");
      }
      out.put(e.substring(0, colon).strip(), e.substring(colon + 1).strip());
    }
    return out;
  }

  /** A file as findings name it: relative to the working directory when it lies below it. */
  static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
