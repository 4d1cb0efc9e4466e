package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code promote} killed with {@code kill -9} at random moments inside its run leaves the folders,
 * once the next run's recovery pass has run, exactly as before the promote or exactly as after it.
 */
class PromoteCrashTest {

  private static final int RUNS = 20;
  private static final int DEFERRED = 150;

  @TempDir Path tmp;

  @Test
  void killedPromoteLeavesTheFoldersBeforeOrAfter() throws Exception {
    Path template = tmp.resolve("template");
    project(template);
    String before = treeHash(template.resolve("db"));

    Path clean = copy(template, tmp.resolve("clean"));
    Child full = Child.start(clean);
    full.go();
    awaitStaging(clean.resolve("db/migration"), full);
    long staged = System.nanoTime();
    assertThat(full.waitFor()).isZero();
    // how long the writing lasts, JVM exit included: the window the kills aim at
    long window = Math.max(1, (System.nanoTime() - staged) / 1000);
    String after = treeHash(clean.resolve("db"));
    assertThat(after).isNotEqualTo(before);

    Random random = new Random(14);
    int interrupted = 0;
    for (int run = 0; run < RUNS; run++) {
      Path project = copy(template, tmp.resolve("run" + run));
      Child child = Child.start(project);
      child.go();
      // promote writes only at its end: wait until it starts staging files, then kill it at a
      // random moment of the next few milliseconds, while it writes and renames
      awaitStaging(project.resolve("db/migration"), child);
      long delay = (long) (random.nextDouble() * window);
      TimeUnit.MICROSECONDS.sleep(delay);
      child.kill();
      String killed = treeHash(project.resolve("db"));
      if (!killed.equals(before) && !killed.equals(after)) {
        interrupted++;
        System.out.println("run " + run + ": interrupted after " + delay + " of " + window + " us");
      }
      FileTransaction.recover(
          project.resolve("db/migration"),
          project.resolve("db/deferred"),
          project.resolve("db/rollback"));
      assertThat(treeHash(project.resolve("db")))
          .as("run %d killed after %d us", run, delay)
          .isIn(before, after);
    }
    // the kills must have landed inside promote for the test to prove anything
    assertThat(interrupted).isPositive();
  }

  private static void awaitStaging(Path migrations, Child child) throws IOException {
    while (child.process().isAlive()) {
      try (Stream<Path> files = Files.list(migrations)) {
        if (files.anyMatch(p -> p.getFileName().toString().startsWith(".autogen-"))) {
          return;
        }
      }
    }
  }

  private static void project(Path root) throws IOException {
    Path migrations = Files.createDirectories(root.resolve("db/migration"));
    Path deferred = Files.createDirectories(root.resolve("db/deferred"));
    Path rollback = Files.createDirectories(root.resolve("db/rollback"));
    Files.writeString(migrations.resolve("V1_1__init.sql"), "CREATE TABLE t (id int);\n");
    for (int i = 2; i <= DEFERRED + 1; i++) {
      String name = "1_" + i + "__contract_" + i + ".sql";
      Files.writeString(deferred.resolve("V" + name), "ALTER TABLE t DROP COLUMN c" + i + ";\n");
      Files.writeString(rollback.resolve("U" + name), "ALTER TABLE t ADD COLUMN c" + i + " int;\n");
    }
    dev.autogen.devdb.MigrationSums.record(migrations);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  /** Every file under the root with its contents, as one hash. */
  static String treeHash(Path root) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted().toList()) {
        digest.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.isRegularFile(p)) {
          digest.update(Files.readAllBytes(p));
        }
        digest.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A {@link PromoteChild} promoting everything of {@code project} under revision 5. */
  private record Child(Process process, BufferedReader out) {

    static Child start(Path project) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(PromoteChild.class.getName());
      command.addAll(
          List.of(
              "promote",
              "--revision",
              "5",
              "--migrations",
              project.resolve("db/migration").toString(),
              "--deferred",
              project.resolve("db/deferred").toString(),
              "--rollback",
              project.resolve("db/rollback").toString(),
              "--config",
              project.resolve("none.properties").toString()));
      Files.writeString(project.resolve("none.properties"), "");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).isEqualTo("ready");
      return new Child(p, out);
    }

    void go() throws IOException {
      OutputStream in = process.getOutputStream();
      in.write('\n');
      in.flush();
    }

    int waitFor() throws InterruptedException {
      return process.waitFor();
    }

    void kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor();
    }
  }
}
