package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.Finding;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.rules.StatementPass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A lint corpus: the PostgreSQL one under {@code fixtures/lint/<case>/}, the MariaDB one under
 * {@code fixtures/lint/mariadb/<case>/}. In each case {@code migrations/} holds the whole folder,
 * {@code targets} names the files to lint (the others are the existing history), and {@code
 * expected.txt} lists every finding as {@code FILE:LINE severity code [allowed: reason]}. The unit
 * test checks the statement findings (no database), the integration test all of them; {@code
 * -Dgolden.update=true} rewrites {@code expected.txt} from the integration test.
 *
 * @param name how tests name the corpus
 * @param root the folder holding its cases
 * @param dialect the dialect its files are written in
 */
public record LintCorpus(String name, Path root, Dialect dialect) {
  public static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).resolve("fixtures/lint");
  public static final Dialect DIALECT = Dialects.forName("postgres");

  public static final LintCorpus POSTGRES = new LintCorpus("postgres", ROOT, DIALECT);
  public static final LintCorpus MARIADB =
      new LintCorpus("mariadb", ROOT.resolve("mariadb"), Dialects.forName("mariadb"));

  /** Both corpora. */
  public static List<LintCorpus> all() {
    return List.of(POSTGRES, MARIADB);
  }

  public List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("targets"))).sorted().toList();
    }
  }

  public static LintTargets targets(Path caseDir) throws IOException {
    Path migrations = caseDir.resolve("migrations");
    List<Path> files =
        Files.readAllLines(caseDir.resolve("targets"), StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .map(migrations::resolve)
            .toList();
    return LintTargets.resolve(migrations, files);
  }

  public StatementPass statements(Path caseDir, LintTargets targets) throws IOException {
    return new StatementLinter(dialect)
        .lint(targets.all(), targets.targets(), p -> p.getFileName().toString());
  }

  /** One line per finding, in report order. */
  public static String lines(List<String> files, List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (Finding f : new LintReport(files, findings).findings()) {
      b.append(f.file())
          .append(':')
          .append(f.line())
          .append(' ')
          .append(f.rule().severity().word())
          .append(' ')
          .append(f.rule().code());
      f.allowedBecause().ifPresent(r -> b.append(" allowed: ").append(r));
      b.append('\n');
    }
    return b.toString();
  }

  /** Whether a line of {@code expected.txt} comes from the schema check (needs a database). */
  public static boolean fromSchemaCheck(String line) {
    String code = line.split(" ")[2];
    return code.startsWith("breaking-") || code.equals("migration-fails");
  }

  public static String expected(Path caseDir) {
    Path file = caseDir.resolve("expected.txt");
    if (!Files.isRegularFile(file)) {
      fail("%s is missing (run the integration test with -Dgolden.update=true)", file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares with {@code expected.txt}, or rewrites it under {@code -Dgolden.update=true}. */
  public static void assertAll(Path caseDir, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(caseDir.resolve("expected.txt"), actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("findings of %s", caseDir.getFileName()).isEqualTo(expected(caseDir));
  }
}
