package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code autogen promote} on a Flyway project, in process. */
class PromoteCommandTest {

  @TempDir Path project;

  @Test
  void aRepeatableMigrationMovesUnderItsOwnNameAndStaysRepeatable() throws IOException {
    write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint);\n");
    write("db/deferred/V20260101000000_2__contract_drop_old.sql", "ALTER TABLE t DROP COLUMN x;\n");
    write("db/deferred/R__refresh_views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n");

    Result r = promote();

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names("db/migration"))
        .filteredOn(n -> n.endsWith(".sql"))
        .containsExactlyInAnyOrder(
            "V1__init.sql", "V20260102000000_1__contract_drop_old.sql", "R__refresh_views.sql");
    assertThat(names("db/deferred")).isEmpty();
  }

  @Test
  void aFileNamedTwiceIsPromotedOnce() throws IOException {
    write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint);\n");
    Path waiting =
        write("db/deferred/V20260101000000_2__contract.sql", "ALTER TABLE t DROP COLUMN x;\n");

    Result r = promote(waiting.toString(), waiting.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names("db/migration")).contains("V20260102000000_1__contract.sql");
  }

  @Test
  void aFileInASubfolderMovesIntoTheSameSubfolderOfTheMigrations() throws IOException {
    write("db/migration/V1__init.sql", "CREATE TABLE t (id bigint);\n");
    write("db/deferred/billing/V20260101000000_2__contract.sql", "ALTER TABLE t DROP COLUMN x;\n");
    write(
        "db/deferred/billing/V20260101000000_2__contract.sql.conf", "executeInTransaction=false\n");
    write("db/deferred/orders/V20260101000000_3__contract.sql", "ALTER TABLE t DROP COLUMN y;\n");

    Result r = promote();

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names("db/migration/billing"))
        .containsExactly("V20260102000000_1__contract.sql", "V20260102000000_1__contract.sql.conf");
    assertThat(names("db/migration/orders")).containsExactly("V20260102000000_2__contract.sql");
    assertThat(names("db/deferred/billing")).isEmpty();
  }

  private Result promote(String... files) throws IOException {
    // a config file of its own: nothing of the working directory's project is read
    write("autogen.properties", "");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "promote",
                "--format",
                "flyway",
                "--config",
                project.resolve("autogen.properties").toString(),
                "--migrations",
                project.resolve("db/migration").toString(),
                "--revision",
                "20260102000000"));
    args.addAll(List.of(files));
    CommandLine cl = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int code = cl.execute(args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}

  private List<String> names(String folder) throws IOException {
    Path dir = project.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
