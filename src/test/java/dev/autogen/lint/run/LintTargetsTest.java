package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationSums;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a lint run reports on, without a repository. */
class LintTargetsTest {

  @TempDir Path dir;

  @Test
  void unrecordedFilesAreTheDefaultTargets() throws Exception {
    Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE t (id int);\n");
    MigrationSums.record(dir);
    Path v2 = Files.writeString(dir.resolve("V2__b.sql"), "ALTER TABLE t ADD COLUMN x int;\n");
    LintTargets targets = LintTargets.unrecorded(dir, MigrationSums.read(dir).keySet());
    assertThat(targets.targets()).containsExactly(LintTargets.normal(v2));
    assertThat(targets.earlier())
        .extracting(m -> m.path().getFileName().toString())
        .containsExactly("V1__a.sql");
    MigrationSums.record(dir);
    assertThat(LintTargets.unrecorded(dir, MigrationSums.read(dir).keySet()).targets()).isEmpty();
  }
}
