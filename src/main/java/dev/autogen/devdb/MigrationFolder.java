package dev.autogen.devdb;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Lists the SQL migrations of a Flyway-layout folder (searched recursively, as Flyway does) in the
 * order Flyway applies them: {@code V<version>__<description>.sql} by version (see {@link
 * MigrationVersion}), then {@code R__<description>.sql} repeatables by description. Undo ({@code
 * U...}) files, non-{@code .sql} files and names Flyway would not recognise (no {@code __}, a
 * non-numeric version) are ignored. A sibling {@code <file>.conf} with {@code
 * executeInTransaction=false} makes a migration non-transactional. A {@code --
 * flyway:executeInTransaction=false} line in the file does not: Flyway Community (flyway-core
 * 13.12) reads script configuration only from the {@code .conf} file, and refuses such a file when
 * it mixes statements ("mixed"), so autogen does not trust the line either.
 */
public final class MigrationFolder {
  private static final String SEPARATOR = "__";
  private static final String SUFFIX = ".sql";

  private MigrationFolder() {}

  /**
   * The migrations under {@code dir} in application order; empty if {@code dir} does not exist.
   *
   * @throws IOException if the folder cannot be read, or two files share a version (Flyway refuses
   *     such a folder too)
   */
  public static List<MigrationFile> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Map<MigrationVersion, MigrationFile> versioned = new HashMap<>();
    List<MigrationFile> repeatable = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (!name.endsWith(SUFFIX) || !name.contains(SEPARATOR)) {
        continue;
      }
      String stem = name.substring(0, name.length() - SUFFIX.length());
      int separator = stem.indexOf(SEPARATOR);
      String description = stem.substring(separator + SEPARATOR.length()).replace('_', ' ');
      if (stem.startsWith("R") && separator == 1) {
        repeatable.add(new MigrationFile(file, "", description, transactional(file)));
      } else if (stem.startsWith("V")) {
        String versionText = stem.substring(1, separator);
        Optional<MigrationVersion> version = MigrationVersion.parse(versionText);
        if (version.isEmpty()) {
          continue;
        }
        MigrationFile migration =
            new MigrationFile(
                file, versionText.replace('_', '.'), description, transactional(file));
        MigrationFile clash = versioned.put(version.get(), migration);
        if (clash != null) {
          throw new IOException(
              "Found more than one migration with version "
                  + migration.version()
                  + ": "
                  + clash.path()
                  + " and "
                  + file);
        }
      }
    }
    List<MigrationFile> ordered = new ArrayList<>();
    versioned.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> ordered.add(entry.getValue()));
    repeatable.sort(
        Comparator.comparing(MigrationFile::description)
            .thenComparing(m -> m.path().getFileName().toString()));
    ordered.addAll(repeatable);
    return List.copyOf(ordered);
  }

  private static boolean transactional(Path sqlFile) throws IOException {
    Path conf = sqlFile.resolveSibling(sqlFile.getFileName() + ".conf");
    if (!Files.isRegularFile(conf)) {
      return true;
    }
    Properties properties = new Properties();
    try (Reader reader = new java.io.StringReader(TextFiles.read(conf))) {
      properties.load(reader);
    }
    return !"false".equalsIgnoreCase(properties.getProperty("executeInTransaction", "").strip());
  }
}
