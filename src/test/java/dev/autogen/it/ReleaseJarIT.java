package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as docs/install.md installs it (the launcher script {@code src/dist/autogen} beside
 * this build's shaded {@code autogen.jar}, in a folder of their own) on a Spring Boot project that
 * has no autogen configuration: {@code autogen -m add_x} writes the migration the real Flyway then
 * applies, and {@code autogen diff --exit-code} finds nothing left.
 */
class ReleaseJarIT {

  @TempDir Path install;
  @TempDir Path dir;

  /** What a run printed (standard output and error together) and its exit code. */
  private record Run(int code, String out) {}

  @Test
  void launcherAndJarGenerateWhatFlywayApplies() throws Exception {
    Path root = Path.of(ScratchMaven.property("autogen.it.root"));
    Files.copy(root.resolve("src/dist/autogen"), install.resolve("autogen"));
    Files.copy(Path.of(ScratchMaven.property("autogen.it.jar")), install.resolve("autogen.jar"));
    try (SpringBootScratchProject project = SpringBootScratchProject.create(dir, null)) {
      Run generate = autogen("-m", "add_x", "--revision", SpringBootScratchProject.REVISION);
      assertThat(generate.code()).as(generate.out()).isZero();
      project.assertAddXWritten();

      project.assertAddXApplies();
      Run diff = autogen("diff", "--exit-code");
      assertThat(diff.code()).as(diff.out()).isZero();
      assertThat(diff.out()).contains("No changes");
    }
  }

  private Run autogen(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", install.resolve("autogen").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // the JDK running the tests; nothing autogen- or Spring-specific from their environment
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AUTOGEN_") && !k.startsWith("AUTOGEN_TEST_")
                    || k.startsWith("SPRING_"));
    Path out = Files.createTempFile("autogen", ".log");
    try {
      Process p = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("autogen did not finish: " + List.of(args));
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
