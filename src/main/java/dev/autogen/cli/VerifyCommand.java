package dev.autogen.cli;

import dev.autogen.devdb.ChangeLogFiles;
import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabaseException;
import dev.autogen.devdb.LiquibaseReplay;
import dev.autogen.devdb.LiquibaseSession;
import dev.autogen.devdb.Messages;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationReplayException;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.lint.Finding;
import dev.autogen.lint.run.ChangeLogGuard;
import dev.autogen.lint.run.SandboxGuard;
import dev.autogen.verify.ChangeLogVerifier;
import dev.autogen.verify.Mismatch;
import dev.autogen.verify.ModelCheck;
import dev.autogen.verify.NothingToVerifyException;
import dev.autogen.verify.Revisions;
import dev.autogen.verify.Verification;
import dev.autogen.verify.Verifier;
import dev.autogen.verify.VerifyStep;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code autogen verify}: wires {@link Verifier} to the settings, a dev database and the entity
 * model, and prints its lines; exit 1 on the first mismatch.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "On a dev database, applies the newest revision's steps (a Liquibase project: the"
            + " changesets of the newest changelog file, with Liquibase), checks the schema against"
            + " the entities, runs each downgrade in reverse checking the schema before its step,"
            + " and applies the steps again.")
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Option(names = "--all", description = "Verify every revision's steps, replaying no history.")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    Dialect dialect = Pipeline.dialect(s);
    Optional<LiquibaseReplay> changeLog = s.history().liquibase();
    if (changeLog.isPresent()) {
      return verifyChangeLog(s, dialect, changeLog.get(), out);
    }
    Revisions revisions;
    try {
      revisions = Revisions.read(s.migrations(), s.deferred(), s.rollback(), all);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read the migrations: " + e.getMessage(), e);
    }
    if (revisions.steps().isEmpty()) {
      throw new UserError(
          ExitCode.USAGE, "no migrations to verify in " + s.migrations() + " or " + s.deferred());
    }
    s.devUrl().filter(u -> u.startsWith("jdbc:")).ifPresent(CurrentSchema::endpoint);
    refuseWhatLeavesTheSandbox(s, dialect, revisions);
    Replay replay =
        (db, c, model) -> {
          out.println("verifying on " + db.jdbcUrl());
          return new Verifier(c, db.schema(), dialect, model, line -> out.println(line.text()))
              .run(revisions);
        };
    return onSandbox(s, HISTORY, out, replay);
  }

  /** What a sandbox replays, as its failure and its outcome name it. */
  private record Replayed(String what, String steps) {}

  private static final Replayed HISTORY = new Replayed("the history", "step(s)");
  private static final Replayed CHANGE_LOG = new Replayed("the change log", "changeset(s)");

  /** A verification run on the sandbox, on its connection {@code c}. */
  @FunctionalInterface
  private interface Replay {
    Verification run(DevDatabase db, Connection c, ModelCheck model)
        throws SQLException, MigrationReplayException, IntrospectionException;
  }

  /**
   * Runs {@code replay} on the sandbox and prints its outcome; what fails on the dev database ends
   * the run with one line naming what was replayed.
   */
  private int onSandbox(Settings s, Replayed replayed, PrintWriter out, Replay replay) {
    Verification verification;
    try (Progress progress = Progress.forStderr(spec.commandLine().getErr(), false);
        DevDatabase db = sandbox(s, progress);
        Connection c = db.connect()) {
      verification = replay.run(db, c, modelCheck(s));
    } catch (DevDatabaseException
        | SQLException
        | MigrationReplayException
        | IntrospectionException e) {
      throw failure(e, "replaying " + replayed.what() + " failed: ");
    }
    return outcome(verification, out, replayed.steps());
  }

  private static ModelCheck modelCheck(Settings s) {
    return current ->
        Pipeline.analyse(s, current).assessments().stream()
            .map(a -> Verifier.describe(a.change()))
            .toList();
  }

  /** The one line and exit code for what can fail on the dev database. */
  private static UserError failure(Exception e, String replayFailed) {
    String line = Messages.firstLine(e.getMessage());
    if (e instanceof DevDatabaseException) {
      return new UserError(ExitCode.DATABASE, "no dev database: " + line, e);
    }
    if (e instanceof SQLException) {
      return new UserError(ExitCode.DATABASE, "dev database: " + line, e);
    }
    if (e instanceof MigrationReplayException) {
      return new UserError(ExitCode.USAGE, replayFailed + line, e);
    }
    return new UserError(ExitCode.DATABASE, line, e);
  }

  /** {@code steps}: what the report calls the steps ({@code step(s)}, {@code changeset(s)}). */
  private static int outcome(Verification verification, PrintWriter out, String steps) {
    if (verification.mismatch().isPresent()) {
      Mismatch m = verification.mismatch().get();
      out.println(
          "FAILED " + m.step() + ": " + m.problem() + (m.differences().isEmpty() ? "" : ":"));
      m.differences().forEach(d -> out.println("  " + d));
      return ExitCode.CHANGES;
    }
    out.println(
        "verified "
            + verification.applied().size()
            + " "
            + steps
            + ": each applies, matches the entities, undoes and applies again");
    return ExitCode.OK;
  }

  /**
   * The dev database the files run on: a sandbox, as for lint, since in a pull request's CI the
   * files under verification are the pull request's (on a PostgreSQL URL a throwaway database owned
   * by a throwaway role, on a MySQL or MariaDB URL a throwaway database and user; both dropped).
   */
  private DevDatabase sandbox(Settings s, Progress progress) throws DevDatabaseException {
    DevDatabase db =
        progress.phase(
            "starting the dev database",
            () ->
                dev.autogen.devdb.DevDatabases.openSandbox(
                    s.devUrl().orElse(null),
                    s.user().orElse(null),
                    s.password().orElse(null),
                    s.timeouts()));
    db.warning().ifPresent(w -> spec.commandLine().getErr().println("autogen: warning: " + w));
    return db;
  }

  /**
   * Before anything runs, every file verify would run (the history, each step and its downgrade) is
   * read as lint reads a pull request's: a statement that reaches outside the throwaway database
   * (other databases, roles, server settings, files and programs) stops the run, exit 2, naming the
   * file and line, and nothing runs.
   */
  private static void refuseWhatLeavesTheSandbox(Settings s, Dialect dialect, Revisions revisions) {
    List<MigrationFile> runs = new ArrayList<>(revisions.history());
    for (VerifyStep step : revisions.steps()) {
      runs.add(step.migration());
      if (Files.isRegularFile(step.undo())) {
        runs.add(new MigrationFile(step.undo(), "0", "undo", true));
      }
    }
    List<Finding> refused;
    try {
      refused =
          new SandboxGuard(dialect)
              .findings(
                  runs,
                  LintCommand::display,
                  SandboxGuard.flywayPlaceholders(s.flywayConfiguration()));
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read the migrations: " + e.getMessage(), e);
    }
    refuse(refused);
  }

  /**
   * A Liquibase project's change logs, read the same way before anything runs ({@link
   * ChangeLogGuard}): the SQL of every changeset and rollback, and any changeset that would run a
   * program, which Liquibase would run on this machine, outside any database.
   */
  private static void refuseWhatLeavesTheSandbox(
      Settings s, Dialect dialect, LiquibaseReplay changeLog) {
    List<Finding> refused;
    try {
      refused =
          new ChangeLogGuard(dialect)
              .findings(
                  ChangeLogFiles.inOrder(changeLog, s.spring().project(), Dialects.server(dialect)),
                  LintCommand::display);
    } catch (MigrationReplayException e) {
      throw new UserError(ExitCode.USAGE, Messages.firstLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read the change log: " + e.getMessage(), e);
    }
    refuse(refused);
  }

  /** Stops the run, exit 2, at the first finding (file and line) and counts the rest. */
  private static void refuse(List<Finding> refused) {
    if (!refused.isEmpty()) {
      Finding first = refused.get(0);
      throw new UserError(
          ExitCode.USAGE,
          first.file()
              + ":"
              + first.line()
              + ": "
              + first.message()
              + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : ""));
    }
  }

  /** A Liquibase project: the real Liquibase updates and rolls back the newest changesets. */
  private int verifyChangeLog(
      Settings s, Dialect dialect, LiquibaseReplay changeLog, PrintWriter out) {
    s.devUrl().filter(u -> u.startsWith("jdbc:")).ifPresent(CurrentSchema::endpoint);
    refuseWhatLeavesTheSandbox(s, dialect, changeLog);
    Replay replay =
        (db, c, model) -> {
          // Liquibase keeps a transaction open on its connection; the schema is read on another
          try (Connection forLiquibase = db.connect();
              LiquibaseSession liquibase =
                  LiquibaseSession.open(
                      changeLog, forLiquibase, db.schema(), s.spring().project())) {
            out.println("verifying " + changeLog.changeLog() + " on " + db.jdbcUrl());
            return new ChangeLogVerifier(
                    c, db.schema(), dialect, model, line -> out.println(line.text()))
                .run(liquibase, all);
          } catch (NothingToVerifyException e) {
            throw new UserError(ExitCode.USAGE, changeLog.changeLog() + ": " + e.getMessage(), e);
          }
        };
    return onSandbox(s, CHANGE_LOG, out, replay);
  }
}
