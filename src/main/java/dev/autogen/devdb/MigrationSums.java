package dev.autogen.devdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The integrity file {@code autogen.sum} of a migrations folder: one line {@code sha256:<hex>
 * <path>} per migration file ({@code .sql} and its {@code .conf}, path relative to the folder)
 * recorded when autogen wrote or promoted it. Recording only adds files not yet listed and forgets
 * files that are gone; a listed file whose contents changed keeps its old sum, so {@code lint} can
 * tell that a migration was edited after it was recorded (and possibly applied somewhere).
 */
public final class MigrationSums {
  public static final String FILE_NAME = "autogen.sum";

  private MigrationSums() {}

  /** Whether the folder has an integrity file. */
  public static boolean exists(Path migrations) {
    return Files.isRegularFile(migrations.resolve(FILE_NAME));
  }

  /** The recorded sums by relative path (with {@code /}); empty when there is no file. */
  public static Map<String, String> read(Path migrations) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    Path file = migrations.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return sums;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+", 2);
      if (parts.length == 2) {
        sums.put(parts[1], parts[0]);
      }
    }
    return sums;
  }

  /** The current sums of the folder's migration files, by relative path. */
  public static Map<String, String> current(Path migrations) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    if (!Files.isDirectory(migrations)) {
      return sums;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(migrations)) {
      files = walk.filter(Files::isRegularFile).filter(MigrationSums::isMigration).toList();
    }
    for (Path f : files) {
      sums.put(migrations.relativize(f).toString().replace('\\', '/'), sum(f));
    }
    return sums;
  }

  /** Adds the files not yet recorded, forgets the ones that are gone, keeps the others' sums. */
  public static void record(Path migrations) throws IOException {
    Map<String, String> recorded = read(migrations);
    Map<String, String> now = current(migrations);
    Map<String, String> out = new TreeMap<>();
    now.forEach((name, sum) -> out.put(name, recorded.getOrDefault(name, sum)));
    StringBuilder b =
        new StringBuilder(
            "# autogen.sum: sums of the migrations as autogen wrote them; autogen lint reports"
                + " edits\n");
    out.forEach((name, sum) -> b.append(sum).append("  ").append(name).append('\n'));
    Files.writeString(migrations.resolve(FILE_NAME), b.toString(), StandardCharsets.UTF_8);
  }

  public static String sum(Path file) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static boolean isMigration(Path p) {
    String name = p.getFileName().toString();
    return (name.endsWith(".sql") || name.endsWith(".sql.conf")) && name.contains("__");
  }
}
