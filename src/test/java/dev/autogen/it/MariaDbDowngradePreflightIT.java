package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.devdb.ScriptRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dropped NOT NULL column's expand step, undone after the new version inserted a row without the
 * column: MariaDB's {@code MODIFY ... NOT NULL} would stop with "Data truncated"; the undo's
 * pre-flight check stops first, naming the table, the column and the count, and changes nothing.
 */
class MariaDbDowngradePreflightIT {

  @TempDir Path dir;

  private static String file(Path folder, String pattern) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return Files.readString(
          files.filter(p -> p.getFileName().toString().matches(pattern)).findFirst().orElseThrow());
    }
  }

  @Test
  void theExpandUndoOfADroppedColumnNamesTheRowsTheNewVersionWrote() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("User.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "users")
        public class User {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(nullable = false)
          private String username;
        }
        """);
    LocalMariaDb.inDatabase(
        "mdbdownpf",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                  + " username varchar(255) NOT NULL, legacy_code varchar(50) NOT NULL)");
          LocalMariaDb.execute(c, "INSERT INTO users (username, legacy_code) VALUES ('a', 'L1')");
          CliRun run =
              CliRun.of(
                  "-m",
                  "drop",
                  "--url",
                  LocalMariaDb.urlOf(database),
                  "--entities",
                  dir.resolve("src").toString(),
                  "--naming",
                  "jpa",
                  "--no-rename-check",
                  "--migrations",
                  dir.resolve("out/migration").toString());
          assertThat(run.code()).as(run.out() + run.err()).isZero();
          ScriptRunner.run(c, file(dir.resolve("out/migration"), "V.*_1__drop\\.sql"), false);
          // the new version inserts without the column
          LocalMariaDb.execute(c, "INSERT INTO users (username) VALUES ('b')");

          String undo = file(dir.resolve("out"), "U.*_1__drop\\.sql");
          assertThatThrownBy(() -> ScriptRunner.run(c, undo, false))
              .hasStackTraceContaining(
                  "autogen pre-flight check failed: 1 row(s) of users have NULL in legacy_code");
          assertThat(
                  LocalMariaDb.queryLong(
                      c,
                      "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                          + " DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'legacy_code'"
                          + " AND IS_NULLABLE = 'YES'"))
              .isEqualTo(1);
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM users")).isEqualTo(2);
        });
  }
}
