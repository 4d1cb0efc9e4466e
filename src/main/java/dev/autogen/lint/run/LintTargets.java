package dev.autogen.lint.run;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files a lint run reads and which it reports on. With explicit files, those are the targets
 * and the folder's other files that sort before the last of them are read first (in Flyway order,
 * so a target outside the folder takes its place among them by version); without, the target is the
 * newest versioned migration of the folder.
 *
 * @param earlier the files applied before the first target: the existing schema
 * @param linted the files from the first target on (targets, and folder files between them)
 * @param targets the absolute, normalised paths of the files to report on
 */
public record LintTargets(
    List<MigrationFile> earlier, List<MigrationFile> linted, Set<Path> targets) {
  public LintTargets {
    earlier = List.copyOf(earlier);
    linted = List.copyOf(linted);
    targets = Set.copyOf(targets);
  }

  /** Every file to read, in application order. */
  public List<MigrationFile> all() {
    List<MigrationFile> all = new ArrayList<>(earlier);
    all.addAll(linted);
    return all;
  }

  /**
   * @throws IOException if the folder cannot be read or holds two files with one version
   * @throws IllegalArgumentException if a file does not exist or there is nothing to lint
   */
  public static LintTargets resolve(Path folder, List<Path> files) throws IOException {
    List<MigrationFile> inFolder = MigrationFolder.list(folder);
    if (files.isEmpty()) {
      List<MigrationFile> versioned = inFolder.stream().filter(f -> !f.repeatable()).toList();
      if (versioned.isEmpty()) {
        throw new IllegalArgumentException("no migration files in " + folder);
      }
      MigrationFile newest = versioned.get(versioned.size() - 1);
      return split(versioned, Set.of(normal(newest.path())));
    }
    Set<Path> targets = new LinkedHashSet<>();
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        throw new IllegalArgumentException(
            f
                + " is a folder; lint takes migration files (--migrations "
                + f
                + " lints the folder's unrecorded or newest ones)");
      }
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
      targets.add(normal(f));
    }
    Set<Path> known = new LinkedHashSet<>();
    inFolder.forEach(m -> known.add(normal(m.path())));
    if (known.containsAll(targets)) {
      return split(inFolder, targets);
    }
    return split(merged(inFolder, targets), targets);
  }

  /**
   * The folder's versioned files not listed in its integrity file ({@code recorded}: paths relative
   * to the folder); none when every file is recorded.
   */
  public static LintTargets unrecorded(Path folder, Set<String> recorded) throws IOException {
    List<MigrationFile> inFolder = MigrationFolder.list(folder);
    Set<Path> targets = new LinkedHashSet<>();
    for (MigrationFile m : inFolder) {
      String rel = folder.relativize(m.path()).toString().replace('\\', '/');
      if (!m.repeatable() && !recorded.contains(rel)) {
        targets.add(normal(m.path()));
      }
    }
    if (targets.isEmpty()) {
      return new LintTargets(inFolder, List.of(), Set.of());
    }
    return split(inFolder, targets);
  }

  private static LintTargets split(List<MigrationFile> ordered, Set<Path> targets) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (targets.contains(normal(ordered.get(i).path()))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      throw new IllegalArgumentException(
          "none of the files is a Flyway migration (V<version>__<name>.sql)");
    }
    return new LintTargets(ordered.subList(0, first), ordered.subList(first, last + 1), targets);
  }

  /**
   * Orders folder files and outside targets together by letting {@link MigrationFolder} sort copies
   * of their names (it owns Flyway's ordering), then maps the copies back to the real files.
   */
  private static List<MigrationFile> merged(List<MigrationFile> inFolder, Set<Path> targets)
      throws IOException {
    Path tmp = Files.createTempDirectory("autogen-lint-order");
    try {
      Map<String, Path> byName = new HashMap<>();
      for (MigrationFile m : inFolder) {
        byName.putIfAbsent(m.path().getFileName().toString(), m.path());
      }
      for (Path t : targets) {
        // a target replaces the folder's file of the same name (an edited copy)
        byName.put(t.getFileName().toString(), t);
      }
      for (Map.Entry<String, Path> e : byName.entrySet()) {
        Files.createFile(tmp.resolve(e.getKey()));
        Path conf = e.getValue().resolveSibling(e.getKey() + ".conf");
        if (Files.isRegularFile(conf)) {
          Files.copy(conf, tmp.resolve(e.getKey() + ".conf"));
        }
      }
      List<MigrationFile> out = new ArrayList<>();
      for (MigrationFile copy : MigrationFolder.list(tmp)) {
        Path real = byName.get(copy.path().getFileName().toString());
        out.add(new MigrationFile(real, copy.version(), copy.description(), copy.transactional()));
      }
      return out;
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
