package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/ci.md's GitHub Actions job, run as the runner would run its shell steps (act is not
 * available here): in a scratch git project whose pull request adds a migration that builds an
 * index without CONCURRENTLY, with autogen got from a release archive of this build the way the
 * job's "get autogen" step says, and the job's PostgreSQL service being the local server.
 */
class CiRecipeIT {

  @TempDir Path project;
  @TempDir Path runner;

  /** One step's exit code and what it printed (standard output and error together). */
  private record StepRun(String name, int code, String out) {}

  @Test
  void theGithubActionsJobFlagsThePullRequestsMigration() throws Exception {
    Path release = releaseArchive();
    scratchProjectWithPullRequest();

    Map<String, String> expressions =
        Map.of("github.base_ref", "main", "vars.AUTOGEN_RELEASE_URL", release.toUri().toString());
    List<StepRun> runs = runShellSteps(githubJobSteps(), expressions);

    StepRun get = step(runs, "get autogen");
    assertThat(get.code()).as(get.out()).isZero();
    StepRun lint = step(runs, "autogen lint");
    assertThat(lint.code()).as(lint.out()).isEqualTo(1);
    assertThat(lint.out())
        .contains("::error file=src/main/resources/db/migration/V2__index.sql")
        .contains("index-not-concurrent");
    StepRun sarif = step(runs, "autogen lint (SARIF for code scanning)");
    assertThat(sarif.code()).as(sarif.out()).isZero();
    assertThat(Files.readString(project.resolve("autogen.sarif"))).contains("index-not-concurrent");
  }

  /** The release layout (docs/install.md): a folder holding the launcher beside the jar. */
  private Path releaseArchive() throws Exception {
    Path folder = runner.resolve("build/autogen-0.1.0");
    Files.createDirectories(folder);
    Path root = Path.of(ScratchMaven.property("autogen.it.root"));
    Files.copy(root.resolve("src/dist/autogen"), folder.resolve("autogen"));
    Files.copy(Path.of(ScratchMaven.property("autogen.it.jar")), folder.resolve("autogen.jar"));
    Path archive = runner.resolve("autogen-0.1.0-release.tar.gz");
    run(runner.resolve("build"), Map.of(), "tar", "czf", archive.toString(), "autogen-0.1.0");
    return archive;
  }

  /** main holds the history; the pull request's commit adds a migration lint must flag. */
  private void scratchProjectWithPullRequest() throws Exception {
    Path entities = project.resolve("src/main/java/shop");
    Files.createDirectories(entities);
    Files.writeString(
        entities.resolve("Customer.java"),
        """
        package shop;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "customer", indexes = @Index(name = "customer_name_idx", columnList = "name"))
        public class Customer {
          @Id Long id;
          String name;
        }
        """);
    Path migrations = project.resolve("src/main/resources/db/migration");
    Files.createDirectories(migrations);
    Files.writeString(
        migrations.resolve("V1__customer.sql"),
        "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(255));\n");
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "history");
    // what actions/checkout's fetch-depth: 0 leaves for the base branch
    git("update-ref", "refs/remotes/origin/main", "HEAD");
    git("checkout", "-q", "-b", "pull-request");
    Files.writeString(
        migrations.resolve("V2__index.sql"),
        "CREATE INDEX customer_name_idx ON customer (name);\n");
    git("add", "-A");
    git("commit", "-q", "-m", "index");
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Map<String, String> env =
        Map.of(
            "GIT_AUTHOR_NAME", "ci",
            "GIT_AUTHOR_EMAIL", "ci@example.com",
            "GIT_COMMITTER_NAME", "ci",
            "GIT_COMMITTER_EMAIL", "ci@example.com");
    StepRun r = run(project, env, command.toArray(String[]::new));
    assertThat(r.code()).as(r.out()).isZero();
  }

  /** The steps of the first job in docs/ci.md's "GitHub Actions" section. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> githubJobSteps() throws Exception {
    Path root = Path.of(ScratchMaven.property("autogen.it.root"));
    String doc = Files.readString(root.resolve("docs/ci.md"));
    String section = doc.substring(doc.indexOf("## GitHub Actions"));
    Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(yaml.find()).as("a yaml block under ## GitHub Actions").isTrue();
    Map<String, Object> workflow = new Yaml().load(yaml.group(1));
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
    return (List<Map<String, Object>>) job.get("steps");
  }

  /**
   * Runs the {@code run:} steps as the runner does ({@code bash -e}, the step's {@code env}, {@code
   * $GITHUB_PATH} lines added to the PATH of later steps), stopping at a failed step except for
   * steps marked {@code if: always()}.
   */
  private List<StepRun> runShellSteps(
      List<Map<String, Object>> steps, Map<String, String> expressions) throws Exception {
    Path githubPath = runner.resolve("github_path");
    Files.writeString(githubPath, "");
    List<StepRun> runs = new ArrayList<>();
    boolean failed = false;
    for (Map<String, Object> step : steps) {
      Object script = step.get("run");
      if (script == null || failed && !"always()".equals(step.get("if"))) {
        continue;
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put("RUNNER_TEMP", runner.toString());
      env.put("GITHUB_PATH", githubPath.toString());
      String path = System.getenv("PATH");
      for (String line : Files.readAllLines(githubPath)) {
        if (!line.isBlank()) {
          path = line + ":" + path;
        }
      }
      env.put("PATH", path);
      if (step.get("env") instanceof Map<?, ?> stepEnv) {
        stepEnv.forEach((k, v) -> env.put(k.toString(), substitute(v.toString(), expressions)));
      }
      StepRun r = run(project, env, "bash", "-e", "-c", substitute(script.toString(), expressions));
      String name = String.valueOf(step.get("name"));
      runs.add(new StepRun(name, r.code(), r.out()));
      failed |= r.code() != 0;
    }
    return runs;
  }

  /** {@code ${{ expr }}} replaced as the runner would, from {@code values}. */
  private static String substitute(String text, Map<String, String> values) {
    Matcher m = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      assertThat(value).as("a value for ${{ " + m.group(1) + " }}").isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private static StepRun step(List<StepRun> runs, String name) {
    return runs.stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("step '" + name + "' did not run: " + runs));
  }

  private static StepRun run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // the JDK running the tests; nothing autogen- or Spring-specific from their environment, only
    // what the step sets
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AUTOGEN_") && !k.startsWith("AUTOGEN_TEST_")
                    || k.startsWith("SPRING_"));
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Path out = Files.createTempFile("ci-step", ".log");
    try {
      Process p = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("did not finish: " + List.of(command));
      }
      return new StepRun(
          String.join(" ", command), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
