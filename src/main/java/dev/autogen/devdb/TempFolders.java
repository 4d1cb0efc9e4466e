package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes temporary folders; a leftover temp file is not worth failing a run for. */
public final class TempFolders {
  private TempFolders() {}

  public static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(TempFolders::deleteOne);
    } catch (IOException | RuntimeException e) {
      // best effort: the folder is under the system temp directory
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort, see deleteQuietly
    }
  }
}
