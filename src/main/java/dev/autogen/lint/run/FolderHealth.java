package dev.autogen.lint.run;

import dev.autogen.devdb.MigrationSums;
import dev.autogen.devdb.MigrationVersion;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules over the migration folders as a whole: two files with one version ({@code
 * duplicate-version}), a file edited after it was recorded in {@code autogen.sum} or since the base
 * revision ({@code migration-edited}), and a contract step that ships in the same release as its
 * expand step ({@code contract-with-expand}).
 */
public final class FolderHealth {
  static final Rule DUPLICATE =
      Rule.error(
          "duplicate-version",
          "Two migrations have the same version; Flyway refuses to run the folder.",
          "Give the newer file a version after every existing one (autogen -m uses a UTC timestamp).");

  static final Rule EDITED =
      Rule.error(
          "migration-edited",
          "A migration was edited after it was recorded; databases that already ran it keep the old version, and Flyway's validation fails on them.",
          "Restore the file and put the change in a new migration.");

  static final Rule SAME_RELEASE =
      Rule.error(
          "contract-with-expand",
          "A contract step ships in the same release as its expand step, so it runs while the old application version is still deployed.",
          "Keep the contract step in the deferred folder and promote it in a later release, once no old instance is left.");

  private static final Pattern HEADER =
      Pattern.compile("^-- autogen revision (\\S+), step \\d+ of \\d+ \\((\\w+)\\)");

  private FolderHealth() {}

  /** Files of the folders that share a version with another, each reported once. */
  public static List<Finding> duplicates(List<Path> folders, Function<Path, String> display)
      throws IOException {
    Map<MigrationVersion, Path> byVersion = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Path dir : folders) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        Optional<String> written = MigrationVersion.writtenIn(f.getFileName().toString(), 'V');
        Optional<MigrationVersion> v = written.flatMap(MigrationVersion::parse);
        if (v.isEmpty()) {
          continue;
        }
        Path clash = byVersion.putIfAbsent(v.get(), f);
        if (clash != null) {
          out.add(
              new Finding(
                  display.apply(f),
                  1,
                  DUPLICATE,
                  "version " + written.get() + " is also the version of " + display.apply(clash),
                  Optional.of(display.apply(f)),
                  Optional.empty()));
        }
      }
    }
    return out;
  }

  /** Recorded files of {@code autogen.sum} whose contents changed since. */
  public static List<Finding> editedSinceRecorded(Path migrations, Function<Path, String> display)
      throws IOException {
    Map<String, String> recorded = MigrationSums.read(migrations);
    Map<String, String> now = MigrationSums.current(migrations);
    List<Finding> out = new ArrayList<>();
    recorded.forEach(
        (name, sum) -> {
          String current = now.get(name);
          if (current != null && !current.equals(sum)) {
            out.add(
                edited(
                    display.apply(migrations.resolve(name)),
                    "after it was recorded in " + MigrationSums.FILE_NAME));
          }
        });
    return out;
  }

  /** Files of the migrations folder whose contents differ from the base revision's. */
  public static List<Finding> editedSinceBase(
      List<Path> edited, String ref, Function<Path, String> display) {
    return edited.stream().map(p -> edited(display.apply(p), "since " + ref)).toList();
  }

  private static Finding edited(String file, String when) {
    return new Finding(
        file, 1, EDITED, file + " was changed " + when, Optional.of(file), Optional.empty());
  }

  /**
   * Contract files among {@code added} (runnable files of one release) whose expand step, by the
   * revision in autogen's file header, is among them too.
   */
  public static List<Finding> contractWithExpand(List<Path> added, Function<Path, String> display)
      throws IOException {
    Map<String, String> expandOf = new HashMap<>();
    Map<Path, String> contracts = new HashMap<>();
    for (Path f : added) {
      Optional<String[]> h = header(f);
      if (h.isEmpty()) {
        continue;
      }
      if (h.get()[1].equals("contract")) {
        contracts.put(f, h.get()[0]);
      } else {
        expandOf.putIfAbsent(h.get()[0], display.apply(f));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Path f : added) {
      String rev = contracts.get(f);
      if (rev != null && expandOf.containsKey(rev)) {
        out.add(
            new Finding(
                display.apply(f),
                1,
                SAME_RELEASE,
                "the contract step of revision "
                    + rev
                    + " runs in the same release as its expand step "
                    + expandOf.get(rev),
                Optional.of(display.apply(f)),
                Optional.empty()));
      }
    }
    return out;
  }

  private static Optional<String[]> header(Path f) throws IOException {
    if (!f.getFileName().toString().endsWith(".sql")) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
      return lines
          .findFirst()
          .map(HEADER::matcher)
          .filter(Matcher::find)
          .map(m -> new String[] {m.group(1), m.group(2)});
    }
  }
}
