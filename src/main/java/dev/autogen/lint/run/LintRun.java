package dev.autogen.lint.run;

import dev.autogen.devdb.ChangeLogFiles;
import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.Messages;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.devdb.MigrationSums;
import dev.autogen.dialect.Dialect;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.git.GitRevision;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.lint.Finding;
import dev.autogen.lint.FormattedSql;
import dev.autogen.lint.Rule;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.rules.ContractGate;
import dev.autogen.lint.rules.IntermediateCheck;
import dev.autogen.lint.rules.ModelCheck;
import dev.autogen.lint.rules.SchemaCheck;
import dev.autogen.lint.rules.SourceLocator;
import dev.autogen.lint.rules.StatementPass;
import dev.autogen.lint.state.SurfaceSteps;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
   * @param versionFromDevDatabase whether the rules follow the version (and table-name rules) of
   *     the dev database's server once it is open: true when that server stands for the target
   *     ({@code --dev-url}), false when {@code dialect} already carries the target's version
   *     ({@code --server-version}) or the dev database is autogen's embedded one
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
      boolean versionFromDevDatabase,
      Map<String, String> flyway) {
    public Options {
      entityRoots = List.copyOf(entityRoots);
      files = List.copyOf(files);
      allow = Map.copyOf(allow);
      flyway = Map.copyOf(flyway);
    }
  }

  /** The replayed history or a linted file failed to apply on the dev database. */
  static final Rule MIGRATION_FAILS =
      Rule.error(
          "migration-fails",
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
    Models models = Models.read(o, git, o.dialect());
    // a pull request that changes neither migrations nor the entity model needs no database
    boolean needsDatabase = o.schemaCheck() && (!targets.targets().isEmpty() || models.changed());
    if (!needsDatabase) {
      StatementPass pass = statementPass(o.dialect(), targets, deferred, o.display());
      findings.addAll(pass.findings());
      return finish(o, o.dialect(), models, pass, findings);
    }
    // pull-request SQL is untrusted: what reaches outside the throwaway database never runs, and
    // nothing is asked of the dev database while such a statement is there
    List<MigrationFile> replayed = new ArrayList<>(targets.earlier());
    replayed.addAll(targets.linted());
    List<Finding> refused =
        new SandboxGuard(o.dialect())
            .findings(replayed, o.display(), SandboxGuard.flywayPlaceholders(o.flyway()));
    if (!refused.isEmpty()) {
      StatementPass pass = statementPass(o.dialect(), targets, deferred, o.display());
      findings.addAll(pass.findings());
      findings.addAll(refused);
      return finish(o, o.dialect(), models, pass, findings);
    }
    try (DevDatabase db = opener.open()) {
      // the rules judge for the server the files will run on: the dev database's when it stands
      // for the target (--dev-url), so ALGORITHM=INSTANT or ADD VALUE follow its version
      Dialect dialect = o.versionFromDevDatabase() ? serverDialect(db, o.dialect()) : o.dialect();
      if (!dialect.types().mapsKindsLike(o.dialect().types())) {
        models = Models.read(o, git, dialect);
      }
      StatementPass pass = statementPass(dialect, targets, deferred, o.display());
      findings.addAll(pass.findings());
      Map<String, Character> volatility = new HashMap<>();
      findings.addAll(
          databaseFindings(o, dialect, db, targets, deferred, pass, models, volatility));
      FunctionVolatility.settle(findings, volatility);
      return finish(o, dialect, models, pass, findings);
    }
  }

  /**
   * A Liquibase project's changelogs, statement by statement with file and line: formatted SQL
   * files as written, XML, YAML and JSON ones through the SQL Liquibase generates for each
   * changeset (findings name the line of the changeset). The targets are the files given, else the
   * last changelog file the master includes; the files before them build up state.
   *
   * @param inOrder the project's changelog files in run order ({@code ChangeLogFiles.inOrder})
   * @throws IllegalArgumentException when there is nothing to lint, a file does not exist, or
   *     Liquibase cannot generate the SQL of a changeset of a linted file offline
   */
  public static LintReport changeLogs(Options o, List<ChangeLogFiles.ChangeLogFile> inOrder)
      throws IOException {
    List<MigrationFile> files = new ArrayList<>();
    inOrder.forEach(f -> files.add(f.file()));
    Set<Path> targets = new java.util.LinkedHashSet<>();
    if (o.files().isEmpty()) {
      if (inOrder.isEmpty()) {
        throw new IllegalArgumentException(
            "the change log includes no formatted SQL file (--liquibase formatted sql) and no"
                + " XML, YAML or JSON changeset to lint");
      }
      targets.add(LintTargets.normal(files.get(files.size() - 1).path()));
    }
    for (Path f : o.files()) {
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
      Path target = LintTargets.normal(f);
      targets.add(target);
      // a file the master does not include (yet) is read after those it does
      if (files.stream().noneMatch(m -> LintTargets.normal(m.path()).equals(target))) {
        if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
          throw new IllegalArgumentException(
              o.display().apply(f)
                  + ": the master change log does not include it; autogen lints the XML, YAML and"
                  + " JSON changelogs the master includes (include it, or give a formatted SQL"
                  + " file)");
        }
        files.add(new MigrationFile(f, String.valueOf(files.size() + 1), f.toString(), true));
      }
    }
    Map<Path, StatementLinter.GivenText> given = new HashMap<>();
    for (ChangeLogFiles.ChangeLogFile f : inOrder) {
      if (!f.formattedSql()) {
        Path path = LintTargets.normal(f.file().path());
        given.put(path, generatedText(f, targets.contains(path), o.display()));
      }
    }
    StatementPass pass =
        new StatementLinter(o.dialect(), dev.autogen.lint.MigrationTool.LIQUIBASE)
            .lint(files, targets, Set.of(), o.display(), given);
    return report(o, pass.files(), new ArrayList<>(pass.findings()));
  }

  /**
   * The SQL Liquibase generated for an XML, YAML or JSON changelog as a formatted SQL changelog:
   * one {@code --changeset} line per changeset (with its {@code runInTransaction:false}), its
   * statements after it, every line standing for the changeset's line in the real file. A changeset
   * without SQL is refused in a linted file and left out of an earlier one (state only).
   */
  private static StatementLinter.GivenText generatedText(
      ChangeLogFiles.ChangeLogFile f, boolean target, Function<Path, String> display) {
    StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
    List<Integer> real = new ArrayList<>(List.of(1));
    for (dev.autogen.devdb.GeneratedChangeset cs : f.generated()) {
      if (cs.problem().isPresent() && target) {
        throw new IllegalArgumentException(
            display.apply(f.file().path())
                + ":"
                + cs.line()
                + ": changeset "
                + cs.id()
                + (cs.author().isEmpty() ? "" : " by " + cs.author())
                + ": Liquibase cannot generate its SQL offline: "
                + cs.problem().get());
      }
      // word characters only: an id such as "1-runInTransaction:false" must not read as the
      // attribute
      text.append("--changeset ")
          .append(cs.author().replaceAll("\\W", "_"))
          .append(':')
          .append(cs.id().replaceAll("\\W", "_"));
      if (!cs.runInTransaction()) {
        text.append(" runInTransaction:false");
      }
      text.append('\n');
      real.add(cs.line());
      for (String statement : cs.statements()) {
        String sql = FormattedSql.inert(statement.strip().replaceFirst(";\\s*\\z", ""));
        text.append(sql).append(";\n");
        for (int i = sql.split("\n", -1).length; i > 0; i--) {
          real.add(cs.line());
        }
      }
    }
    return new StatementLinter.GivenText(
        text.toString(), line -> line >= 1 && line <= real.size() ? real.get(line - 1) : 1);
  }

  /** The configured dialect with the dev database server's version and table-name rule. */
  private static Dialect serverDialect(DevDatabase db, Dialect configured)
      throws SQLException, IntrospectionException {
    try (Connection c = db.connect()) {
      return new Introspector(configured).serverDialect(configured, c);
    }
  }

  private static StatementPass statementPass(
      Dialect dialect, LintTargets targets, Set<Path> deferred, Function<Path, String> display)
      throws IOException {
    return new StatementLinter(dialect).lint(targets.all(), targets.targets(), deferred, display);
  }

  /** The checks on the entity models, after the statement and database findings. */
  private static LintReport finish(
      Options o, Dialect dialect, Models models, StatementPass pass, List<Finding> findings) {
    if (models.base().isPresent()) {
      findings.addAll(
          ModelCheck.findings(
              dialect,
              models.base().get(),
              models.head().get(),
              pass,
              new SourceLocator(models.headSources()),
              new SourceLocator(models.baseSources())));
    }
    if (models.head().isPresent()) {
      findings.addAll(
          ContractGate.findings(
              pass, models.head().map(EntityModel::desired), models.headSources()));
    }
    return report(o, pass.files(), findings);
  }

  private static List<Finding> databaseFindings(
      Options o,
      Dialect dialect,
      DevDatabase db,
      LintTargets targets,
      Set<Path> deferred,
      StatementPass pass,
      Models models,
      Map<String, Character> volatility)
      throws SQLException, IOException, IntrospectionException {
    SurfaceSteps steps;
    try {
      steps =
          SchemaSnapshots.takeEach(db, dialect, targets.earlier(), targets.linted(), o.flyway());
    } catch (MigrationReplayException e) {
      return List.of(replayFailure(e, targets, o.display()));
    }
    // the functions the migrations left on the dev database answer what the files could not
    volatility.putAll(FunctionVolatility.read(db, FunctionVolatility.asked(pass.findings())));
    List<Finding> out =
        new ArrayList<>(SchemaCheck.findings(dialect, steps.before(), steps.after(), pass));
    if (models.base().isPresent()) {
      out.addAll(
          IntermediateCheck.findings(
              dialect,
              new IntermediateCheck.Models(
                  models.base().get().desired(), models.head().get().desired()),
              steps.before(),
              steps.steps(),
              deferred,
              targets.targets(),
              o.display(),
              new SourceLocator(models.headSources()),
              pass));
    }
    return out;
  }

  /** {@code flyway.placeholders.NAME} values by name. */
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
          "replaying earlier migrations failed: " + Messages.firstLine(e.getMessage()), e);
    }
    return new Finding(
        display.apply(failed.get()),
        1,
        MIGRATION_FAILS,
        Messages.firstLine(e.getMessage()),
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
}
