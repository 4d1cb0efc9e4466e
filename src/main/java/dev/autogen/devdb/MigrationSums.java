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

  private static final java.util.regex.Pattern SUM =
      java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}");

  private MigrationSums() {}

  /** Whether the folder has an integrity file. */
  public static boolean exists(Path migrations) {
    return Files.isRegularFile(migrations.resolve(FILE_NAME));
  }

  /** The recorded sums by relative path (with {@code /}); empty when there is no file. */
  public static Map<String, String> read(Path migrations) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    Path file = migrations.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return sums;
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is not a file (autogen's integrity file; move it away)");
    }
    int number = 0;
    for (String line : TextFiles.lines(file)) {
      number++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+", 2);
      if (parts.length != 2 || !SUM.matcher(parts[0]).matches()) {
        throw new IOException(
            file + ":" + number + ": not a line 'sha256:<64 hex digits>  <file>'; is it corrupt?");
      }
      sums.put(parts[1], parts[0]);
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
    Files.writeString(
        migrations.resolve(FILE_NAME), recorded(migrations, Map.of()), StandardCharsets.UTF_8);
  }

  /**
   * The text {@link #record} would write once {@code added} (relative path to sum, see {@link
   * #sum(byte[])}) are in the folder too; reads and checks the present file, writes nothing.
   */
  public static String recorded(Path migrations, Map<String, String> added) throws IOException {
    Map<String, String> recorded = read(migrations);
    Map<String, String> now = current(migrations);
    added.forEach(
        (name, sum) -> {
          if (isMigration(Path.of(name))) {
            now.put(name, sum);
          }
        });
    Map<String, String> out = new TreeMap<>();
    now.forEach((name, sum) -> out.put(name, recorded.getOrDefault(name, sum)));
    StringBuilder b =
        new StringBuilder(
            "# autogen.sum: sums of the migrations as autogen wrote them; autogen lint reports"
                + " edits\n");
    out.forEach((name, sum) -> b.append(sum).append("  ").append(name).append('\n'));
    return b.toString();
  }

  public static String sum(Path file) throws IOException {
    return sum(Files.readAllBytes(file));
  }

  /** The sum of a file's contents. */
  public static String sum(byte[] contents) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(contents);
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
