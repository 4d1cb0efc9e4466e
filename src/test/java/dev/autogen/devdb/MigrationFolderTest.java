package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFolderTest {
  @TempDir Path dir;

  @Test
  void ordersVersionsNumericallyPartByPart() throws IOException {
    touch("V2__two.sql", "V1_10__ten.sql", "V1_2__two_parts.sql", "V1__one.sql", "V1.3__dots.sql");

    assertThat(names(MigrationFolder.list(dir)))
        .containsExactly(
            "V1__one.sql",
            "V1_2__two_parts.sql",
            "V1.3__dots.sql",
            "V1_10__ten.sql",
            "V2__two.sql");
  }

  @Test
  void exposesVersionWithDotsAndDescriptionWithSpaces() throws IOException {
    touch("V1_10__add_user_table.sql");

    MigrationFile file = MigrationFolder.list(dir).get(0);
    assertThat(file.version()).isEqualTo("1.10");
    assertThat(file.description()).isEqualTo("add user table");
    assertThat(file.transactional()).isTrue();
    assertThat(file.repeatable()).isFalse();
  }

  @Test
  void repeatablesRunAfterVersionedInNameOrder() throws IOException {
    touch("R__views.sql", "V3__c.sql", "R__functions.sql", "V1__a.sql");

    List<MigrationFile> files = MigrationFolder.list(dir);
    assertThat(names(files))
        .containsExactly("V1__a.sql", "V3__c.sql", "R__functions.sql", "R__views.sql");
    assertThat(files.get(2).repeatable()).isTrue();
    assertThat(files.get(2).version()).isEmpty();
  }

  @Test
  void ignoresUndoNonSqlAndUnrecognisedNames() throws IOException {
    touch(
        "V1__a.sql",
        "U1__a.sql",
        "V2__b.sql.conf",
        "README.md",
        "V3__c.txt",
        "V4_no_separator.sql",
        "Vx__not_numeric.sql",
        "notes.sql");

    assertThat(names(MigrationFolder.list(dir))).containsExactly("V1__a.sql");
  }

  @Test
  void confWithExecuteInTransactionFalseMakesMigrationNonTransactional() throws IOException {
    touch("V1__a.sql", "V2__concurrent.sql", "V3__other_conf.sql");
    Files.writeString(dir.resolve("V2__concurrent.sql.conf"), "executeInTransaction = false\n");
    Files.writeString(dir.resolve("V3__other_conf.sql.conf"), "encoding=UTF-8\n");

    List<MigrationFile> files = MigrationFolder.list(dir);
    assertThat(files).extracting(MigrationFile::transactional).containsExactly(true, false, true);
  }

  @Test
  void aScriptConfigLineInTheFileIsNotFlywayConfiguration() throws IOException {
    // flyway-core 13.12 reads executeInTransaction only from V<n>__x.sql.conf
    // (SqlScriptMetadata.fromResource); the real Flyway refused a mixed file carrying the line
    Files.writeString(
        dir.resolve("V1__concurrent.sql"),
        "-- flyway:executeInTransaction=false\nCREATE INDEX CONCURRENTLY i ON t (c);\n");
    Files.writeString(
        dir.resolve("V2__mentions.sql"),
        "-- see flyway:executeInTransaction=false in V1\nCREATE TABLE t (c int);\n");

    List<MigrationFile> files = MigrationFolder.list(dir);
    assertThat(files).extracting(MigrationFile::transactional).containsExactly(true, true);
  }

  @Test
  void searchesSubfoldersLikeFlyway() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    touch("V2__b.sql", "sub/V1__a.sql");

    assertThat(names(MigrationFolder.list(dir))).containsExactly("V1__a.sql", "V2__b.sql");
  }

  @Test
  void missingFolderHasNoMigrations() throws IOException {
    assertThat(MigrationFolder.list(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void twoFilesWithTheSameVersionAreRejected() throws IOException {
    touch("V1__a.sql", "V1_0__b.sql");

    assertThatThrownBy(() -> MigrationFolder.list(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("more than one migration with version")
        .hasMessageContaining("V1__a.sql")
        .hasMessageContaining("V1_0__b.sql");
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Files.writeString(dir.resolve(name), "select 1;");
    }
  }

  private static List<String> names(List<MigrationFile> files) {
    return files.stream().map(f -> f.path().getFileName().toString()).toList();
  }
}
