package dev.autogen.lint.run;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.dialect.Dialect;
import dev.autogen.lint.Finding;
import dev.autogen.lint.FormattedSql;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.MigrationTool;
import dev.autogen.lint.StatementKind;
import dev.autogen.lint.StatementReader;
import dev.autogen.lint.Violation;
import dev.autogen.lint.rules.StatementPass;
import dev.autogen.lint.rules.StatementRule;
import dev.autogen.lint.rules.StatementRules;
import dev.autogen.lint.rules.Suppressions;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.sql.SqlStatement;
import dev.autogen.sql.StatementSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Lints migration files statement by statement. Every file of the folder is read in Flyway order so
 * that state carries across files (a check added NOT VALID in one file and validated in the next
 * makes SET NOT NULL in a third safe); only the target files produce findings, and tables created
 * by target files count as new.
 */
public final class StatementLinter {
  /** The first line of a contract file autogen wrote (kept when promoted). */
  private static final java.util.regex.Pattern CONTRACT =
      java.util.regex.Pattern.compile("-- autogen revision \\S+, step \\d+ of \\d+ \\(contract\\)");

  private final Dialect dialect;
  private final MigrationTool tool;
  private final List<StatementRule> rules;
  private final StatementReader reader;
  private final StatementSplitter splitter;

  /** A linter for a Flyway project's migrations. */
  public StatementLinter(Dialect dialect) {
    this(dialect, MigrationTool.FLYWAY);
  }

  /** A linter whose findings name {@code tool} and follow how it runs transactions. */
  public StatementLinter(Dialect dialect, MigrationTool tool) {
    this.dialect = dialect;
    this.tool = tool;
    this.splitter = new StatementSplitter(dialect);
    this.rules = StatementRules.all(dialect, tool);
    this.reader = new StatementReader(dialect);
  }

  /**
   * @param files every migration of the folder in application order (from {@code MigrationFolder})
   *     plus any target outside it, in order
   * @param targets the files to report on; the others only build up state
   * @param displayName how a file is named in findings
   */
  public StatementPass lint(
      List<MigrationFile> files, Set<Path> targets, Function<Path, String> displayName)
      throws IOException {
    return lint(files, targets, Set.of(), displayName);
  }

  /**
   * @param deferred files of the deferred folder (absolute, normalised): contract steps
   */
  public StatementPass lint(
      List<MigrationFile> files,
      Set<Path> targets,
      Set<Path> deferred,
      Function<Path, String> displayName)
      throws IOException {
    return lint(files, targets, deferred, displayName, Map.of());
  }

  /**
   * A file's text handed to the linter instead of read from the file (the SQL Liquibase generates
   * for an XML or YAML changelog), and the line of the real file each of its lines stands for.
   *
   * @param realLine 1-based line of {@code text} to the line findings name
   */
  public record GivenText(String text, IntUnaryOperator realLine) {}

  /**
   * @param given texts that stand for files (by absolute, normalised path), linted in their place
   */
  public StatementPass lint(
      List<MigrationFile> files,
      Set<Path> targets,
      Set<Path> deferred,
      Function<Path, String> displayName,
      Map<Path, GivenText> given)
      throws IOException {
    MigrationState state = new MigrationState(dialect);
    List<Finding> findings = new ArrayList<>();
    List<String> linted = new ArrayList<>();
    for (MigrationFile file : files) {
      boolean target = targets.contains(file.path().toAbsolutePath().normalize());
      String name = displayName.apply(file.path());
      GivenText handed = given.get(file.path().toAbsolutePath().normalize());
      String changelog = handed != null ? handed.text() : read(file.path());
      IntUnaryOperator realLine = handed != null ? handed.realLine() : IntUnaryOperator.identity();
      String text = FormattedSql.sqlOnly(changelog);
      List<SqlStatement> sql = splitter.split(text);
      List<LintStatement> statements = sql.stream().map(reader::read).toList();
      boolean contract =
          deferred.contains(file.path().toAbsolutePath().normalize())
              || CONTRACT.matcher(text).lookingAt();
      // without transactional DDL (MySQL) every statement commits on its own, whatever Flyway says
      boolean transactional =
          dialect.capabilities().transactionalDdl()
              && file.transactional()
              && allTransactional(statements);
      state.startFile(name, target, transactional, contract, statements);
      if (!file.transactional()) {
        state.file().configuredOutsideTransaction();
      }
      for (MigrationTool.Lines lines : tool.linesOutsideTransaction(changelog)) {
        state.file().configuredOutsideTransaction(lines.first(), lines.last());
      }
      Suppressions allow = target ? Suppressions.read(text, sql) : null;
      if (target) {
        linted.add(name);
        allow.problems().forEach(v -> findings.add(finding(name, v, realLine)));
      }
      for (LintStatement s : statements) {
        if (target) {
          List<Violation> out = new ArrayList<>();
          for (StatementRule rule : rules) {
            rule.check(s, state, out);
          }
          for (Violation v : out) {
            Finding f = finding(name, v, realLine);
            findings.add(allow.reason(s.line(), v.rule().code()).map(f::allowed).orElse(f));
          }
        }
        state.apply(s);
      }
    }
    return new StatementPass(findings, state, linted);
  }

  private static boolean allTransactional(List<LintStatement> statements) {
    // Flyway runs a file with CONCURRENTLY (or VACUUM) outside a transaction
    return statements.stream().noneMatch(s -> s.concurrently() || s.kind() == StatementKind.VACUUM);
  }

  private static Finding finding(String file, Violation v, IntUnaryOperator lines) {
    return new Finding(
        file,
        lines.applyAsInt(v.line()),
        v.rule(),
        v.message(),
        v.subject(),
        java.util.Optional.empty());
  }

  private static String read(Path file) throws IOException {
    String text = dev.autogen.devdb.TextFiles.read(file);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
