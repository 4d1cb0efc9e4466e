package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's quick start: {@code autogen -m} on the bundled example with no database configured
 * (the example's migrations are replayed on an embedded PostgreSQL) writes the expected files, and
 * a second run, which replays them too, finds nothing left to do.
 */
class ExampleIT {

  @TempDir Path work;

  @Test
  void generatesTheExpectedFilesOnAnEmbeddedDevDatabaseAndThenNothingMore() throws Exception {
    Path example = work.resolve("example");
    // only what the repository ships: a quick-start run may have left generated files in db/
    copy(Path.of("fixtures/example/entities"), example.resolve("entities"));
    Files.createDirectories(example.resolve("db/migration"));
    Files.copy(
        Path.of("fixtures/example/autogen.properties"), example.resolve("autogen.properties"));
    Files.copy(
        Path.of("fixtures/example/db/migration/V1__init.sql"),
        example.resolve("db/migration/V1__init.sql"));
    Path config = example.resolve("autogen.properties");

    StringWriter out = new StringWriter();
    int code =
        cli(
            out,
            "-m",
            "add_user_preferences",
            "--config",
            config.toString(),
            "--revision",
            "20260101000000");
    assertThat(code).as(out.toString()).isZero();
    assertThat(out.toString()).contains("breaking  drop_column users.legacy_code");

    Path generated = work.resolve("generated");
    for (String folder : new String[] {"migration", "deferred", "rollback"}) {
      copy(example.resolve("db").resolve(folder), generated.resolve(folder));
    }
    Files.delete(generated.resolve("migration/V1__init.sql"));
    GoldenFiles.assertFolder(Path.of("fixtures/example/expected/postgres"), generated);

    StringWriter again = new StringWriter();
    assertThat(cli(again, "-m", "again", "--config", config.toString()))
        .as(again.toString())
        .isZero();
    assertThat(again.toString()).contains("No changes");
  }

  private static int cli(StringWriter out, String... args) {
    CommandLine cl = dev.autogen.cli.Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    return cl.execute(args);
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
