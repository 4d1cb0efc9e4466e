package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A clean pull request of the bundled example ({@code fixtures/example}) in a git repository of
 * its own, for {@code autogen lint --base base} (issue 5: under 2 s after JVM start when no dev
 * database is needed). The base commit holds the example's first migration and a {@code User}
 * entity that maps onto it; the pull request changes the entities to the example's and adds the
 * migration files autogen generated for that change ({@code expected/postgres}: expand, index
 * and deferred contract step, with their checksums), so lint has nothing to report.
 */
final class LintExample {

  private LintExample() {}

  /** The entity the base commit's schema ({@code V1__init.sql}) was made from. */
  private static final String BASE_USER =
      """
      package com.example.app;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.GeneratedValue;
      import jakarta.persistence.GenerationType;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "users")
      public class User {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(nullable = false)
        private String username;

        private String email;

        @Column(length = 50)
        private String legacyCode;
      }
      """;

  /** Creates the repository under {@code dir} (replacing it) and returns the lint command. */
  static List<String> create(Path root, Path dir, String autogen)
      throws IOException, InterruptedException {
    BenchMain.deleteTree(dir);
    Path example = root.resolve("fixtures/example");
    Path app = dir.resolve("entities/com/example/app");
    Files.createDirectories(app);
    Files.createDirectories(dir.resolve("db/migration"));
    Files.copy(example.resolve("autogen.properties"), dir.resolve("autogen.properties"));
    Files.copy(
        example.resolve("db/migration/V1__init.sql"), dir.resolve("db/migration/V1__init.sql"));
    Files.writeString(app.resolve("User.java"), BASE_USER);
    git(dir, "init", "-q", "-b", "main", ".");
    commit(dir, "base");
    git(dir, "tag", "base");
    copyFiles(example.resolve("entities/com/example/app"), app);
    copyFiles(example.resolve("expected/postgres/migration"), dir.resolve("db/migration"));
    copyFiles(example.resolve("expected/postgres/deferred"), dir.resolve("db/deferred"));
    commit(dir, "add user preferences");
    return List.of(
        autogen,
        "lint",
        "--config",
        dir.resolve("autogen.properties").toString(),
        "--base",
        "base",
        "--skip-schema-check");
  }

  private static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void commit(Path dir, String message) throws IOException, InterruptedException {
    git(dir, "add", "-A");
    git(dir, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", message);
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
    }
  }
}
