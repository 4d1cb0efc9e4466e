package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import dev.autogen.lint.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement pass over files, carrying state from file to file. */
class StatementLinterTest {

  @TempDir Path dir;

  /**
   * MariaDB takes {@code Note} and {@code note} for one column, so dropping the column the same
   * change added is no break of the running code, however the two statements spell it.
   */
  @Test
  void mysqlColumnAddedAndDroppedInOtherCaseIsOneNewColumn() throws Exception {
    Files.writeString(dir.resolve("V1__orders.sql"), "CREATE TABLE orders (id int);\n");
    Path v2 =
        Files.writeString(
            dir.resolve("V2__note.sql"),
            "SET SESSION lock_wait_timeout = 5;\n"
                + "ALTER TABLE orders ADD COLUMN Note text, ALGORITHM=INSTANT;\n"
                + "ALTER TABLE orders DROP COLUMN note, ALGORITHM=INSTANT;\n");
    LintTargets targets = LintTargets.resolve(dir, List.of(v2));
    List<Finding> findings =
        new StatementLinter(Dialects.forName("mariadb"))
            .lint(targets.all(), targets.targets(), p -> p.getFileName().toString())
            .findings();
    assertThat(findings).extracting(f -> f.rule().code()).doesNotContain("drop-column");
  }
}
