package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationSums;
import dev.autogen.lint.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder rules that need no repository and no database. */
class FolderHealthTest {

  @TempDir Path dir;

  @Test
  void sumsRecordNewFilesOnceAndEditsShowAsFindings() throws Exception {
    Path v1 = Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE t (id int);\n");
    MigrationSums.record(dir);
    assertThat(FolderHealth.editedSinceRecorded(dir, p -> p.getFileName().toString())).isEmpty();
    Files.writeString(v1, "CREATE TABLE t (id bigint);\n");
    Files.writeString(dir.resolve("V2__b.sql"), "SELECT 1;\n");
    // recording again adds V2 but keeps V1's original sum, so the edit stays visible
    MigrationSums.record(dir);
    assertThat(MigrationSums.read(dir)).containsOnlyKeys("V1__a.sql", "V2__b.sql");
    assertThat(FolderHealth.editedSinceRecorded(dir, p -> p.getFileName().toString()))
        .extracting(f -> f.file() + " " + f.rule().code())
        .containsExactly("V1__a.sql migration-edited");
  }

  @Test
  void duplicateVersionsFollowFlywayEquality() throws Exception {
    Files.writeString(dir.resolve("V1_1__a.sql"), "");
    Files.writeString(dir.resolve("V1.1.0__b.sql"), "");
    Files.writeString(dir.resolve("V1_10__c.sql"), "");
    assertThat(FolderHealth.duplicates(List.of(dir), p -> p.getFileName().toString()))
        .extracting(Finding::file)
        .containsExactly("V1_1__a.sql");
  }

  @Test
  void aVersionEndsAtTheFirstSeparatorAsFlywayReadsIt() throws Exception {
    // Flyway (and the dev database's replay) read V1__2__b.sql as version 1, description "2 b"
    Files.writeString(dir.resolve("V1__a.sql"), "");
    Files.writeString(dir.resolve("V1__2__b.sql"), "");
    assertThat(FolderHealth.duplicates(List.of(dir), p -> p.getFileName().toString()))
        .extracting(Finding::file, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "V1__a.sql", "version 1 is also the version of V1__2__b.sql"));
  }
}
