package dev.autogen.lint.run;

import dev.autogen.devdb.ChangeLogFiles;
import dev.autogen.devdb.GeneratedChangeset;
import dev.autogen.dialect.Dialect;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@link SandboxGuard} for a Liquibase project's change logs, which {@code autogen verify} runs
 * with the real Liquibase: formatted SQL files as written, their {@code --rollback} lines included
 * (verify runs the rollbacks too), and for XML, YAML and JSON ones the SQL Liquibase generates
 * offline for each changeset and its own rollback block, found at the changeset's line. A changeset
 * that would run a program ({@code executeCommand}) or Java code ({@code customChange}) is refused
 * as well: such a change runs on the machine verify runs on, outside any database.
 *
 * <p>What offline generation cannot render (a change Liquibase refuses for the server, a rollback
 * it derives at run time) is not read here; the sandbox's own role still holds it on PostgreSQL.
 */
public final class ChangeLogGuard {

  private static final Pattern ROLLBACK_LINE =
      Pattern.compile("^(\\s*)--\\s*rollback\\b", Pattern.CASE_INSENSITIVE);

  private final SandboxGuard guard;

  public ChangeLogGuard(Dialect dialect) {
    this.guard = new SandboxGuard(dialect);
  }

  /** What must not run, one finding each, in file order; the files are read as they are on disk. */
  public List<Finding> findings(
      List<ChangeLogFiles.ChangeLogFile> files, Function<Path, String> display) throws IOException {
    List<Finding> out = new ArrayList<>();
    for (ChangeLogFiles.ChangeLogFile f : files) {
      String name = display.apply(f.file().path());
      if (f.formattedSql()) {
        String text = Files.readString(f.file().path(), StandardCharsets.UTF_8);
        for (Violation v : guard.check(withRollbacksAsSql(text))) {
          out.add(finding(name, v.line(), v));
        }
        continue;
      }
      for (GeneratedChangeset cs : f.generated()) {
        if (cs.runsAProgram()) {
          out.add(
              new Finding(
                  name,
                  cs.line(),
                  SandboxGuard.SANDBOX_REFUSED,
                  "changeset "
                      + cs.id()
                      + (cs.author().isEmpty() ? "" : " by " + cs.author())
                      + ": "
                      + cs.problem().orElseThrow(),
                  Optional.empty(),
                  Optional.empty()));
        }
        List<String> sql = new ArrayList<>(cs.statements());
        sql.addAll(cs.rollbackStatements());
        for (String statement : sql) {
          for (Violation v : guard.check(statement)) {
            out.add(finding(name, cs.line(), v));
          }
        }
      }
    }
    return out;
  }

  /**
   * A formatted SQL change log with its rollback lines turned into SQL on the same lines: {@code
   * --rollback DROP TABLE t;} is a comment to a reader, a statement to {@code rollback}.
   */
  static String withRollbacksAsSql(String text) {
    return text.lines()
        .map(line -> ROLLBACK_LINE.matcher(line).replaceFirst("$1"))
        .collect(Collectors.joining("\n"));
  }

  private static Finding finding(String file, int line, Violation v) {
    return new Finding(file, line, v.rule(), v.message(), v.subject(), Optional.empty());
  }
}
