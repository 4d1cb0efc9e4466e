package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden helper's contract: it fails rather than creating or ignoring a golden. */
class GoldenFilesTest {

  @TempDir Path dir;

  @Test
  void aMissingGoldenFileFailsAndIsNotCreated() {
    Path golden = dir.resolve("missing.txt");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "text"))
        .hasMessageContaining("is missing");
    assertThat(golden).doesNotExist();
  }

  @Test
  void aMismatchFailsAndKeepsTheActualOutputUnderTarget() throws Exception {
    Path golden = Files.writeString(dir.resolve("one.txt"), "expected\n");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "actual\n"))
        .hasMessageContaining("target/golden-actual/outside");
    assertThat(golden).hasContent("expected");
    GoldenFiles.assertMatches(golden, "expected\n");
  }

  @Test
  void aFolderMustHoldExactlyTheGeneratedFiles() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder/sub"));
    Files.writeString(folder.resolve("a.sql"), "a");
    GoldenFiles.assertFolder(dir.resolve("folder"), Map.of("sub/a.sql", "a"));
    assertThatThrownBy(
            () ->
                GoldenFiles.assertFolder(dir.resolve("folder"), Map.of("sub/a.sql", "a", "b", "")))
        .hasMessageContaining("files in golden folder");
    assertThatThrownBy(() -> GoldenFiles.assertFolder(dir.resolve("folder"), Map.of()))
        .hasMessageContaining("files in golden folder");
    assertThatThrownBy(() -> GoldenFiles.assertFolder(dir.resolve("none"), Map.of("a", "a")))
        .hasMessageContaining("is missing");
    assertThat(dir.resolve("none")).doesNotExist();
  }
}
