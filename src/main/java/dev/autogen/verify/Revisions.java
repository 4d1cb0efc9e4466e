package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the migrations and deferred folders into the history replayed first and the steps under
 * verification: a revision is the first part of a version ({@code 20260101000000} of {@code
 * V20260101000000_2__x.sql}); the steps are the newest revision's files, or every file.
 *
 * @param history the files applied before the steps, in Flyway's order
 * @param steps the files under verification, in Flyway's order
 */
public record Revisions(List<MigrationFile> history, List<VerifyStep> steps) {

  private static final Pattern KIND = Pattern.compile("^-- autogen revision .*\\((\\w+)\\)");

  public Revisions {
    history = List.copyOf(history);
    steps = List.copyOf(steps);
  }

  /**
   * Reads the folders. Contract steps waiting in {@code deferred} run after the migrations of their
   * revision, as they will once promoted; repeatable migrations belong to the history.
   *
   * @param all verify every versioned file, replaying no history
   */
  public static Revisions read(Path migrations, Path deferred, Path rollback, boolean all)
      throws IOException {
    List<MigrationFile> versioned = new ArrayList<>();
    List<MigrationFile> repeatable = new ArrayList<>();
    for (Path dir : List.of(migrations, deferred)) {
      for (MigrationFile m : MigrationFolder.list(dir)) {
        (m.repeatable() ? repeatable : versioned).add(m);
      }
    }
    versioned.sort(Comparator.comparing(Revisions::versionParts, Revisions::compareParts));
    BigInteger newest =
        versioned.stream().map(Revisions::revision).max(Comparator.naturalOrder()).orElse(null);
    List<MigrationFile> history = new ArrayList<>();
    List<VerifyStep> steps = new ArrayList<>();
    for (MigrationFile m : versioned) {
      if (all || revision(m).equals(newest)) {
        String name = m.path().getFileName().toString();
        steps.add(new VerifyStep(m, rollback.resolve("U" + name.substring(1)), kind(m.path())));
      } else {
        history.add(m);
      }
    }
    history.addAll(repeatable);
    return new Revisions(history, steps);
  }

  private static BigInteger revision(MigrationFile m) {
    return versionParts(m).get(0);
  }

  private static List<BigInteger> versionParts(MigrationFile m) {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : m.version().split("\\.")) {
      parts.add(new BigInteger(part));
    }
    return parts;
  }

  private static int compareParts(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The step kind autogen wrote in the file's first line, else {@code step}. */
  private static String kind(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .findFirst()
          .map(KIND::matcher)
          .filter(Matcher::find)
          .map(m -> m.group(1))
          .orElse("step");
    }
  }
}
