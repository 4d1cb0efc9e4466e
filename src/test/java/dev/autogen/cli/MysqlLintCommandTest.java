package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code autogen lint --dialect mariadb} without a database: MySQL findings reach every report
 * format with their file and line; the dialect option is checked against the URLs.
 */
class MysqlLintCommandTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("basedir", ".")).resolve("fixtures/lint/mariadb");

  private record Run(int exit, String out, String err) {}

  private static Run lint(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("lint", "--config", "/dev/null"));
    all.addAll(List.of(args));
    int exit = cl.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String migrations(String caseName) {
    return CORPUS.resolve(caseName).resolve("migrations").toString();
  }

  private static Run statementsOnly(String caseName, String format) {
    return lint(
        "--dialect",
        "mariadb",
        "--skip-schema-check",
        "--migrations",
        migrations(caseName),
        "--format",
        format);
  }

  @Test
  void textReportNamesFileLineAndCode() {
    Run r = statementsOnly("index_not_online", "text");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("V2__index_status.sql:2: error [index-not-online]");
  }

  @Test
  void sarifAndGithubCarryFileAndLine() {
    Run sarif = statementsOnly("column_type_copy", "sarif");
    assertThat(sarif.exit()).as(sarif.err()).isEqualTo(1);
    assertThat(sarif.out())
        .contains("\"ruleId\" : \"column-type-copy\"")
        .contains("V2__bigger_qty.sql\"")
        .contains("\"startLine\" : 2");
    Run github = statementsOnly("varchar_crosses_length_prefix", "github");
    assertThat(github.out())
        .startsWith("::error file=")
        .contains("V2__long_name.sql,line=3")
        .contains("column-type-copy");
    Run json = statementsOnly("foreign_key_copy", "json");
    assertThat(json.out()).contains("\"line\" : 2").contains("foreign-key-copy");
  }

  @Test
  void cleanMysqlFileIsQuiet() {
    Run r = statementsOnly("clean_delimiter_trigger", "text");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("no breaking changes\n");
  }

  @Test
  void theEmbeddedPostgresCannotReplayMysqlScripts() {
    Run r = lint("--dialect", "mysql", "--migrations", migrations("index_not_online"));
    assertThat(r.exit()).isEqualTo(ExitCode.DATABASE);
    assertThat(r.err()).contains("--dev-url").contains("--skip-schema-check");
  }

  @Test
  void aDialectContradictingTheUrlIsAUsageError() {
    Run r =
        lint(
            "--dialect",
            "postgres",
            "--dev-url",
            "jdbc:mysql://127.0.0.1:3306/test",
            "--skip-schema-check",
            "--migrations",
            migrations("index_not_online"));
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("does not match");
    assertThat(lint("--dialect", "oracle", "--skip-schema-check").exit()).isEqualTo(ExitCode.USAGE);
  }
}
