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

  private List<Finding> lint(String dialect, String version, String name, String sql)
      throws Exception {
    Files.writeString(dir.resolve("V1__base.sql"), "CREATE TABLE orders (id int, note text);\n");
    Path file = Files.writeString(dir.resolve(name), sql);
    LintTargets targets = LintTargets.resolve(dir, List.of(file));
    return new StatementLinter(Dialects.atVersion(Dialects.forName(dialect), version))
        .lint(targets.all(), targets.targets(), p -> p.getFileName().toString())
        .findings();
  }

  /**
   * Before PostgreSQL 12 {@code ALTER TYPE ... ADD VALUE} cannot run in a transaction block: Flyway
   * (which asks the server's version) runs a file holding only such statements outside one, but a
   * file mixing it with other statements is refused or, mixed, half applied on failure.
   */
  @Test
  void enumValueAddedInATransactionIsFlaggedBefore12Only() throws Exception {
    String mixed = "SET lock_timeout = '5s';\nALTER TYPE mood ADD VALUE 'calm';\n";
    assertThat(lint("postgres", "11", "V2__mood.sql", mixed))
        .extracting(f -> f.rule().code() + ":" + f.line())
        .contains("non-transactional-in-transaction:2");
    assertThat(lint("postgres", "11", "V2__mood.sql", mixed))
        .filteredOn(f -> f.rule().code().equals("non-transactional-in-transaction"))
        .extracting(Finding::message)
        .allMatch(m -> m.startsWith("ALTER TYPE cannot run inside a transaction block"));
    assertThat(lint("postgres", "12", "V2__mood.sql", mixed))
        .extracting(f -> f.rule().code())
        .doesNotContain("non-transactional-in-transaction");
    // alone in its file, Flyway runs it outside a transaction on 11 too
    assertThat(lint("postgres", "11", "V2__mood.sql", "ALTER TYPE mood ADD VALUE 'calm';\n"))
        .extracting(f -> f.rule().code())
        .doesNotContain("non-transactional-in-transaction");
  }

  /** MySQL drops a column instantly since 8.0.29: before, the advice is an in-place rebuild. */
  @Test
  void mysqlAdviceFollowsTheServerVersion() throws Exception {
    String drop = "SET SESSION lock_wait_timeout = 5;\nALTER TABLE orders DROP COLUMN note;\n";
    assertThat(lint("mysql", "8.0.20", "V2__drop.sql", drop))
        .filteredOn(f -> f.rule().code().equals("alter-not-online"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("add ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(lint("mysql", "8.0.36", "V2__drop.sql", drop))
        .filteredOn(f -> f.rule().code().equals("alter-not-online"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("add ALGORITHM=INSTANT");
  }
}
