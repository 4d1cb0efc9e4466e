package dev.autogen.lint.run;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationSums;
import dev.autogen.dialect.Dialect;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.git.GitEntitySources;
import dev.autogen.git.GitRevision;
import dev.autogen.history.EntitiesAtRevision;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Severity;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.rules.ContractGate;
import dev.autogen.lint.rules.IntermediateCheck;
import dev.autogen.lint.rules.ModelCheck;
import dev.autogen.lint.rules.SchemaCheck;
import dev.autogen.lint.rules.SourceLocator;
import dev.autogen.lint.rules.StatementPass;
import dev.autogen.lint.state.SurfaceSteps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One {@code autogen lint} run: picks the files (given, added since {@code --base}, not yet in
 * {@code autogen.sum}, or the newest), runs the statement rules, the folder checks, and, unless
 * told not to, the schema checks on a dev database; with a base revision also the model check and
 * the check of both code versions against every intermediate schema; contract gating whenever
 * entity sources are there. The command maps the exceptions to exit codes.
 */
public final class LintRun {
  /** Opens the dev database when a check needs one. */
  @FunctionalInterface
  public interface DevDatabaseOpener {
    DevDatabase open() throws DevDatabaseException;
  }

  /**
   * What to lint and how.
   *
   * @param files explicit migration files (empty: see {@code base})
   * @param base the base revision of a pull request, if given
   * @param workDir where git is asked for the repository
   * @param allow config suppressions: rule code to reason
   * @param flyway the project's Flyway configuration ({@code flyway.*} keys: placeholders and the
   *     like), with which the dev database replays the files
   */
  public record Options(
      Dialect dialect,
      NamingStrategy naming,
      List<Path> entityRoots,
      Path migrations,
      Path deferred,
      List<Path> files,
      Optional<String> base,
      Path workDir,
      boolean schemaCheck,
      Map<String, String> allow,
      Function<Path, String> display,
      Map<String, String> flyway) {
    public Options {
      entityRoots = List.copyOf(entityRoots);
      files = List.copyOf(files);
      allow = Map.copyOf(allow);
      flyway = Map.copyOf(flyway);
    }

    /** Options for a project with Flyway's default configuration. */
    public Options(
        Dialect dialect,
        NamingStrategy naming,
        List<Path> entityRoots,
        Path migrations,
        Path deferred,
        List<Path> files,
        Optional<String> base,
        Path workDir,
        boolean schemaCheck,
        Map<String, String> allow,
        Function<Path, String> display) {
      this(
          dialect,
          naming,
          entityRoots,
          migrations,
          deferred,
          files,
          base,
          workDir,
          schemaCheck,
          allow,
          display,
          Map.of());
    }
  }

  /** The replayed history or a linted file failed to apply on the dev database. */
  static final Rule MIGRATION_FAILS =
      new Rule(
          "migration-fails",
          Severity.ERROR,
          "The migration fails when applied after the earlier migrations.",
          "Fix the statement; the finding shows the error the dev database gave.");

  private LintRun() {}

  /**
   * @throws IllegalArgumentException for bad input (no such file, no such revision, nothing to
   *     lint)
   * @throws EntityReadException when entity sources do not parse
   */
  public static LintReport run(Options o, DevDatabaseOpener opener)
      throws IOException,
          EntityReadException,
          DevDatabaseException,
          SQLException,
          IntrospectionException {
    List<Finding> findings =
        new ArrayList<>(
            FolderHealth.duplicates(List.of(o.migrations(), o.deferred()), o.display()));
    if (!findings.isEmpty()) {
      // Flyway (and the replay) refuse such a folder; nothing else can be checked
      return report(o, List.of(), findings);
    }
    Optional<GitRevision> git = o.base().map(ref -> GitRevision.open(o.workDir(), ref));
    LintTargets targets;
    Set<Path> deferred = Set.of();
    if (git.isPresent()) {
      PullRequestFiles pr = PullRequestFiles.resolve(git.get(), o.migrations(), o.deferred());
      targets = pr.targets();
      deferred = pr.deferred();
      findings.addAll(FolderHealth.editedSinceBase(pr.edited(), git.get().ref(), o.display()));
      List<Path> addedRunnable =
          targets.linted().stream()
              .map(MigrationFile::path)
              .filter(p -> targets.targets().contains(LintTargets.normal(p)))
              .filter(p -> !pr.deferred().contains(LintTargets.normal(p)))
              .toList();
      findings.addAll(FolderHealth.contractWithExpand(addedRunnable, o.display()));
    } else if (o.files().isEmpty() && MigrationSums.exists(o.migrations())) {
      targets = LintTargets.unrecorded(o.migrations(), MigrationSums.read(o.migrations()).keySet());
    } else {
      targets = LintTargets.resolve(o.migrations(), o.files());
    }
    findings.addAll(FolderHealth.editedSinceRecorded(o.migrations(), o.display()));
    StatementPass pass =
        new StatementLinter(o.dialect())
            .lint(targets.all(), targets.targets(), deferred, o.display());
    findings.addAll(pass.findings());

    boolean haveSources = o.entityRoots().stream().anyMatch(Files::isDirectory);
    List<SourceLocator.Source> headSources =
        haveSources ? sources(o.entityRoots(), o.display()) : List.of();
    Optional<EntityModel> head =
        haveSources
            ? Optional.of(new EntityReader(o.dialect(), o.naming()).read(o.entityRoots()))
            : Optional.empty();
    Optional<EntityModel> base = Optional.empty();
    List<SourceLocator.Source> baseSources = List.of();
    if (git.isPresent() && haveSources) {
      // the commit the pull request's files were resolved against, so both read the same base
      EntitiesAtRevision at =
          new GitEntitySources(
                  o.workDir(), o.entityRoots(), new EntityReader(o.dialect(), o.naming()))
              .read(git.get().commit());
      base = Optional.of(at.entities());
      baseSources =
          at.sources().stream()
              .map(t -> new SourceLocator.Source(o.display().apply(t.file()), t.text()))
              .toList();
    }
    // a pull request that changes neither migrations nor the entity model needs no database
    boolean modelChanged = base.isPresent() && !base.get().desired().equals(head.get().desired());
    if (o.schemaCheck() && (!targets.targets().isEmpty() || modelChanged)) {
      // pull-request SQL is untrusted: what reaches outside the throwaway database never runs
      List<MigrationFile> replayed = new ArrayList<>(targets.earlier());
      replayed.addAll(targets.linted());
      List<Finding> refused =
          new SandboxGuard(o.dialect()).findings(replayed, o.display(), placeholders(o.flyway()));
      if (refused.isEmpty()) {
        Map<String, Character> volatility = new HashMap<>();
        findings.addAll(
            databaseFindings(
                o, opener, targets, deferred, pass, base, head, headSources, volatility));
        FunctionVolatility.settle(findings, volatility);
      } else {
        findings.addAll(refused);
      }
    }
    if (base.isPresent()) {
      findings.addAll(
          ModelCheck.findings(
              o.dialect(),
              base.get(),
              head.get(),
              pass,
              new SourceLocator(headSources),
              new SourceLocator(baseSources)));
    }
    if (haveSources) {
      findings.addAll(ContractGate.findings(pass, head.map(EntityModel::desired), headSources));
    }
    return report(o, pass.files(), findings);
  }

  private static List<Finding> databaseFindings(
      Options o,
      DevDatabaseOpener opener,
      LintTargets targets,
      Set<Path> deferred,
      StatementPass pass,
      Optional<EntityModel> base,
      Optional<EntityModel> head,
      List<SourceLocator.Source> headSources,
      Map<String, Character> volatility)
      throws DevDatabaseException, SQLException, IOException, IntrospectionException {
    try (DevDatabase db = opener.open()) {
      SurfaceSteps steps;
      try {
        steps =
            SchemaSnapshots.takeEach(
                db, o.dialect(), targets.earlier(), targets.linted(), o.flyway());
      } catch (MigrationReplayException e) {
        return List.of(replayFailure(e, targets, o.display()));
      }
      // the functions the migrations left on the dev database answer what the files could not
      volatility.putAll(FunctionVolatility.read(db, FunctionVolatility.asked(pass.findings())));
      List<Finding> out =
          new ArrayList<>(SchemaCheck.findings(o.dialect(), steps.before(), steps.after(), pass));
      if (base.isPresent()) {
        out.addAll(
            IntermediateCheck.findings(
                o.dialect(),
                new IntermediateCheck.Models(base.get().desired(), head.get().desired()),
                steps.before(),
                steps.steps(),
                deferred,
                targets.targets(),
                o.display(),
                new SourceLocator(headSources),
                pass));
      }
      return out;
    }
  }

  /** {@code flyway.placeholders.NAME} values by name. */
  private static Map<String, String> placeholders(Map<String, String> flyway) {
    Map<String, String> out = new HashMap<>();
    String prefix = "flyway.placeholders.";
    flyway.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  private static Finding replayFailure(
      MigrationReplayException e, LintTargets targets, Function<Path, String> display) {
    // the replay ran on temporary copies: find the real file by its name
    Optional<Path> failed =
        e.file()
            .flatMap(
                copy ->
                    targets.linted().stream()
                        .map(MigrationFile::path)
                        .filter(p -> p.getFileName().equals(copy.getFileName()))
                        .findFirst());
    if (failed.isEmpty()) {
      throw new IllegalArgumentException(
          "replaying earlier migrations failed: " + firstLine(e.getMessage()), e);
    }
    return new Finding(
        display.apply(failed.get()),
        1,
        MIGRATION_FAILS,
        firstLine(e.getMessage()),
        Optional.empty(),
        Optional.empty());
  }

  private static LintReport report(Options o, List<String> files, List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String reason = o.allow().get(f.rule().code());
      // a refused statement is never run, whatever the configuration says: it cannot be allowed
      boolean allowable = !f.rule().equals(SandboxGuard.SANDBOX_REFUSED);
      out.add(reason != null && allowable && !f.suppressed() ? f.allowed(reason + " (config)") : f);
    }
    return new LintReport(files, out);
  }

  private static List<SourceLocator.Source> sources(
      List<Path> roots, Function<Path, String> display) throws IOException {
    List<SourceLocator.Source> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path f : files) {
        out.add(
            new SourceLocator.Source(
                display.apply(f), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
