package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen verify} on the bundled example: the files {@code -m} writes pass (on the embedded
 * PostgreSQL the example uses), and a downgrade edited to leave a column behind fails with exit 1
 * naming the downgrade and the column.
 */
class VerifyIT {

  private static final String REVISION = "20260101000000";

  @TempDir Path work;

  private Path config;

  @BeforeEach
  void generateTheExample() throws IOException {
    Path example = work.resolve("example");
    copy(Path.of("fixtures/example/entities"), example.resolve("entities"));
    Files.createDirectories(example.resolve("db/migration"));
    Files.copy(
        Path.of("fixtures/example/autogen.properties"), example.resolve("autogen.properties"));
    Files.copy(
        Path.of("fixtures/example/db/migration/V1__init.sql"),
        example.resolve("db/migration/V1__init.sql"));
    config = example.resolve("autogen.properties");
    CliRun generate =
        CliRun.of(
            "-m", "add_user_preferences", "--config", config.toString(), "--revision", REVISION);
    assertThat(generate.code()).as(generate.out() + generate.err()).isZero();
  }

  @Test
  void theGeneratedExamplePasses() {
    CliRun run = CliRun.of("verify", "--config", config.toString());

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "ok V" + REVISION + "_1__add_user_preferences expand ",
            "ok V" + REVISION + "_2__add_user_preferences_indexes expand ",
            "ok V" + REVISION + "_3__add_user_preferences_contract contract ",
            "ok U" + REVISION + "_3__add_user_preferences_contract contract undo ",
            "ok U" + REVISION + "_2__add_user_preferences_indexes expand undo ",
            "ok U" + REVISION + "_1__add_user_preferences expand undo ",
            "ok V" + REVISION + "_1__add_user_preferences expand re-apply ",
            "ok V" + REVISION + "_3__add_user_preferences_contract contract re-apply ",
            "verified 3 step(s)")
        .doesNotContain("V1__init");
  }

  @Test
  void allVerifiesEveryRevisionAndWantsADowngradeForEach() {
    CliRun run =
        CliRun.of("verify", "--all", "--config", config.toString(), "--dev-url", LocalPostgres.URL);

    // the hand-written V1__init has no downgrade: applied and matching, then reported missing
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .containsSubsequence("ok V1__init step ", "ok U" + REVISION + "_1__add_user_preferences")
        .contains("FAILED V1__init: no downgrade: ");
  }

  @Test
  void aDowngradeThatLeavesAColumnBehindFailsNamingItAndTheColumn() throws IOException {
    Path undo = config.resolveSibling("db/rollback/U" + REVISION + "_1__add_user_preferences.sql");
    String sql = Files.readString(undo);
    assertThat(sql).contains("ALTER TABLE users DROP COLUMN bio;");
    Files.writeString(undo, sql.replace("ALTER TABLE users DROP COLUMN bio;", ""));

    CliRun run = CliRun.of("verify", "--config", config.toString(), "--dev-url", LocalPostgres.URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAILED U"
                + REVISION
                + "_1__add_user_preferences: after U"
                + REVISION
                + "_1__add_user_preferences the schema does not equal the one before V"
                + REVISION
                + "_1__add_user_preferences")
        .contains("  add_column users.bio")
        .doesNotContain("re-apply");
  }

  @Test
  void aStepThatMissesTheEntitiesFailsWithTheDiff() throws IOException {
    Path contract =
        config.resolveSibling("db/deferred/V" + REVISION + "_3__add_user_preferences_contract.sql");
    String sql = Files.readString(contract);
    assertThat(sql).contains("DROP COLUMN legacy_code");
    Files.writeString(
        contract,
        sql.lines()
            .filter(l -> !l.contains("DROP COLUMN legacy_code"))
            .reduce("", (a, b) -> a + b + "\n"));

    CliRun run = CliRun.of("verify", "--config", config.toString(), "--dev-url", LocalPostgres.URL);

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAILED V"
                + REVISION
                + "_3__add_user_preferences_contract: after V"
                + REVISION
                + "_3__add_user_preferences_contract the schema does not equal the entity model")
        .contains("  drop_column users.legacy_code");
  }

  /**
   * In a pull request's CI the files verify runs are the pull request's: they run as a throwaway
   * role in a throwaway database, not as the user the dev URL names (here the superuser, who may
   * read the server's files).
   */
  @Test
  void theStepsRunInASandboxNotAsTheGivenUser() throws IOException {
    Path expand =
        config.resolveSibling("db/migration/V" + REVISION + "_1__add_user_preferences.sql");
    Files.writeString(
        expand,
        Files.readString(expand)
            // assembled at run time, where the statement guard cannot read it: the sandbox stops it
            + "\nDO $$ BEGIN EXECUTE 'SELECT pg_read' || '_file(''PG_VERSION'')'; END $$;\n");

    CliRun run = verifyAsTheServersSuperuser();

    assertThat(run.code()).as(run.out() + run.err()).isNotZero();
    assertThat(run.out() + run.err()).contains("permission denied for function pg_read_file");
  }

  @Test
  void aStatementThatLeavesTheSandboxStopsVerifyBeforeAnythingRuns() throws IOException {
    Path marker = work.resolve("ran");
    Path undo = config.resolveSibling("db/rollback/U" + REVISION + "_1__add_user_preferences.sql");
    Files.writeString(
        undo, Files.readString(undo) + "\nCOPY (SELECT 1) TO PROGRAM 'touch " + marker + "';\n");

    CliRun run = verifyAsTheServersSuperuser();

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("U" + REVISION + "_1__add_user_preferences.sql:")
        .contains("not run on the dev database");
    assertThat(run.out()).doesNotContain("ok V" + REVISION);
    assertThat(marker).doesNotExist();
  }

  /** verify on the local server as its superuser, as docs/ci.md's recipe runs it. */
  private CliRun verifyAsTheServersSuperuser() {
    return CliRun.of(
        "verify",
        "--config",
        config.toString(),
        "--dev-url",
        LocalPostgres.URL,
        "--user",
        LocalPostgres.USER);
  }

  @Test
  void noMigrationsIsAUsageErrorAndAnUnreachableDevDatabaseIsExit3() throws IOException {
    Path empty = work.resolve("empty");
    Files.createDirectories(empty);
    CliRun none = CliRun.of("verify", "--migrations", empty.toString());
    assertThat(none.code()).as(none.out() + none.err()).isEqualTo(2);
    assertThat(none.err()).contains("no migrations to verify");

    CliRun away =
        CliRun.of(
            "verify",
            "--config",
            config.toString(),
            "--dev-url",
            "jdbc:postgresql://127.0.0.1:1/test",
            "--connect-timeout",
            "2s");
    assertThat(away.code()).as(away.out() + away.err()).isEqualTo(3);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }
}
