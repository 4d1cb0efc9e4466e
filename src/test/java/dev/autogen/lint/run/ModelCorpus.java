package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.lint.report.LintReport;
import dev.autogen.lint.rules.IntermediateCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A model-change corpus: the PostgreSQL one under {@code fixtures/lint/models/<case>/}, the MariaDB
 * one under {@code fixtures/lint/mariadb/models/<case>/} (the {@code models} folder of the matching
 * {@link LintCorpus}). In each case {@code base/} and {@code head/} hold {@code entities/}, {@code
 * migrations/} and optionally {@code deferred/}; {@code expected.txt} lists every finding of {@code
 * lint --base} as in {@link LintCorpus}. A case is run in a temporary git repository: base
 * committed, head in the working tree.
 *
 * @param name how tests name the corpus
 * @param root the folder holding its cases
 * @param dialect the dialect its migrations are written in and lint runs with
 */
public record ModelCorpus(String name, Path root, Dialect dialect) {
  /** The PostgreSQL model corpus folder. */
  public static final Path ROOT = LintCorpus.POSTGRES.root().resolve("models");

  public static final ModelCorpus POSTGRES = of(LintCorpus.POSTGRES);
  public static final ModelCorpus MARIADB = of(LintCorpus.MARIADB);

  private static ModelCorpus of(LintCorpus corpus) {
    return new ModelCorpus(corpus.name(), corpus.root().resolve("models"), corpus.dialect());
  }

  /** Both corpora. */
  public static List<ModelCorpus> all() {
    return List.of(POSTGRES, MARIADB);
  }

  public List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /**
   * A repository with {@code base/} committed as tag {@code base} and {@code head/} checked out.
   */
  public static Path repository(Path caseDir) throws IOException, InterruptedException {
    Path repo = Files.createTempDirectory("autogen-model-case");
    copy(caseDir.resolve("base"), repo);
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
    git(repo, "tag", "base");
    try (Stream<Path> s = Files.list(repo)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
        delete(p);
      }
    }
    copy(caseDir.resolve("head"), repo);
    return repo;
  }

  public LintRun.Options options(Path repo, boolean schemaCheck) {
    return new LintRun.Options(
        dialect,
        NamingStrategy.SPRING,
        List.of(repo.resolve("entities")),
        repo.resolve("migrations"),
        repo.resolve("deferred"),
        List.of(),
        Optional.of("base"),
        repo,
        schemaCheck,
        Map.of(),
        p -> repo.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'),
        true,
        Map.of());
  }

  /** Whether a line of {@code expected.txt} needs the dev database. */
  public static boolean needsDatabase(String line) {
    String code = line.split(" ")[2];
    return LintCorpus.fromSchemaCheck(line) || code.equals(IntermediateCheck.RULE.code());
  }

  public static void assertAll(Path caseDir, String actual, boolean withDatabase)
      throws IOException {
    Path file = caseDir.resolve("expected.txt");
    if (withDatabase && Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("%s (run ModelCorpusIT with -Dgolden.update=true)", file).exists();
    StringBuilder expected = new StringBuilder();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (withDatabase || !needsDatabase(l)) {
        expected.append(l).append('\n');
      }
    }
    assertThat(actual).as("findings of %s", caseDir.getFileName()).isEqualTo(expected.toString());
  }

  public static String lines(LintReport report) {
    return LintCorpus.lines(report.files(), report.findings());
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }

  public static void delete(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    }
  }
}
