package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code autogen lint} end to end: exit codes, the schema check on PostgreSQL, formats. */
class LintCommandIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("basedir", ".")).resolve("fixtures/lint");

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

  private static String[] dev(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--dev-url", LocalPostgres.URL, "--user", LocalPostgres.USER));
    if (!LocalPostgres.PASSWORD.isEmpty()) {
      all.addAll(List.of("--password", LocalPostgres.PASSWORD));
    }
    return all.toArray(String[]::new);
  }

  private static String migrations(String caseName) {
    return CORPUS.resolve(caseName).resolve("migrations").toString();
  }

  @Test
  void cleanNewestFileExitsZeroWithOneLine() {
    Run r = lint(dev("--migrations", migrations("foreign_key_safe_sequence")));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("no breaking changes\n");
  }

  @Test
  void schemaCheckFindsWhatADoBlockDid() {
    Run r = lint(dev("--migrations", migrations("do_block_drop")));
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("V2__sneaky.sql:3: error [breaking-drop-column]")
        .contains("drop_column orders.legacy_code");
  }

  @Test
  void devDatabaseSettlesTheVolatilityOfADefaultsFunction() {
    // the statement rules cannot see functions a DO block created: they warn (see the corpus
    // case); the dev database's pg_proc says legacy_token is volatile and legacy_region stable
    Run r = lint(dev("--migrations", migrations("function_from_do_block"), "--format", "github"));
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("line=3,")
        .contains("volatile-default")
        .contains("legacy_token")
        .doesNotContain("default-volatility-unknown")
        .doesNotContain("legacy_region");
  }

  @Test
  void explicitFileReplaysOnlyTheFilesBeforeIt() {
    Path v2 = CORPUS.resolve("set_not_null_safe_sequence/migrations/V2__email_check.sql");
    Run r = lint(dev("--migrations", migrations("set_not_null_safe_sequence"), v2.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void warningsFailOnlyWithFailOnWarning() {
    String folder = migrations("lock_timeout_missing");
    assertThat(lint(dev("--migrations", folder)).exit()).isZero();
    Run strict = lint(dev("--migrations", folder, "--fail-on", "warning", "--format", "github"));
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).startsWith("::warning file=").contains("lock-timeout-missing");
  }

  @Test
  void baseModeReportsEntityChangesAndConfigAllowsThem() throws Exception {
    Path repo =
        dev.autogen.lint.run.ModelCorpus.repository(
            dev.autogen.lint.run.ModelCorpus.ROOT.resolve("drop_column_no_migration"));
    try {
      Path config = repo.resolve("autogen.properties");
      java.nio.file.Files.writeString(
          config, "entities=entities\nmigrations=migrations\ndeferred=deferred\nnaming=spring\n");
      Run found =
          lintIn(repo, "--config", config.toString(), "--base", "base", "--skip-schema-check");
      assertThat(found.exit()).as(found.err()).isEqualTo(1);
      assertThat(found.out())
          .contains("entities/com/example/shop/User.java:8: error [model-breaking-drop-column]");

      java.nio.file.Files.writeString(
          config,
          "lint.allow=model-breaking-drop-column:the column is unused since 2024\n",
          java.nio.file.StandardOpenOption.APPEND);
      Run allowed =
          lintIn(
              repo,
              "--config",
              config.toString(),
              "--base",
              "base",
              "--skip-schema-check",
              "--format",
              "junit");
      assertThat(allowed.exit()).as(allowed.err()).isZero();
      assertThat(allowed.out())
          .contains(
              "<skipped message=\"model-breaking-drop-column allowed: the column is unused since 2024 (config)\"/>");

      java.nio.file.Files.writeString(config, "lint.allow=drop-column\n");
      assertThat(lintIn(repo, "--config", config.toString(), "--base", "base").exit()).isEqualTo(2);
    } finally {
      dev.autogen.lint.run.ModelCorpus.delete(repo);
    }
  }

  @Test
  void unknownBaseRevisionIsAUsageError() {
    Run r =
        lint(
            "--base",
            "no-such-ref-anywhere",
            "--skip-schema-check",
            "--migrations",
            migrations("drop_column"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-ref-anywhere");
  }

  /**
   * Runs lint in the repository {@code dir}: git is asked in the migrations folder's repository.
   */
  private static Run lintIn(Path dir, String... args) {
    assertThat(dir).isDirectory();
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("lint"));
    all.addAll(List.of(args));
    int exit = cl.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(lint("--skip-schema-check", "--format", "xml").exit()).isEqualTo(2);
    assertThat(lint("--skip-schema-check", "--fail-on", "info").exit()).isEqualTo(2);
    assertThat(
            lint("--skip-schema-check", "--migrations", migrations("drop_table"), "nope.sql")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void unreachableDevDatabaseExitsThree() {
    Run r =
        lint(
            "--migrations",
            migrations("drop_table"),
            "--dev-url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--user",
            "nobody");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("dev database");
  }

  @Test
  void statementsOnlyNeedsNoDatabase() {
    Run r =
        lint("--skip-schema-check", "--migrations", migrations("drop_table"), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("\"code\" : \"drop-table\"");
  }
}
