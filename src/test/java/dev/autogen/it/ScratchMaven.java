package dev.autogen.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Maven, run as a user runs it, on scratch projects that use this build's autogen: the CLI jar of
 * this build and the Maven plugin built from {@code maven-plugin/} are installed into a local
 * repository of their own under {@code target/} (never the user's), which reads everything else
 * from the user's local repository first and from Maven Central after it. Maven 3.8 blocks even a
 * {@code file:} repository when offline, so these builds run online; with the user's repository
 * filled by the outer build they find next to everything there.
 */
final class ScratchMaven {

  /** What a build printed (standard output and error together) and its exit code. */
  record Build(int code, String log) {
    @Override
    public String toString() {
      return "exit " + code + "\n" + log;
    }
  }

  private final Path mvn;
  private final Path repository;
  private final Path settings;
  private final Path work;

  private ScratchMaven(Path mvn, Path repository, Path settings, Path work) {
    this.mvn = mvn;
    this.repository = repository;
    this.settings = settings;
    this.work = work;
  }

  /** Installs the CLI jar and builds and installs the plugin, once per test class. */
  static ScratchMaven withAutogenInstalled() throws Exception {
    Path build = Path.of(property("autogen.it.buildDirectory"));
    Path work = build.resolve("it-maven");
    Files.createDirectories(work);
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, settings(Path.of(property("autogen.it.localRepository"))));
    ScratchMaven maven =
        new ScratchMaven(
            Path.of(property("autogen.it.mavenHome"), "bin", "mvn"),
            build.resolve("it-repo"),
            settings,
            work);
    Path root = Path.of(property("autogen.it.root"));
    maven.require(
        work,
        "install:install-file",
        "-Dfile=" + property("autogen.it.thinJar"),
        "-DpomFile=" + root.resolve("pom.xml"));
    maven.require(
        work,
        "-f",
        root.resolve("maven-plugin/pom.xml").toString(),
        "-Dbuild.dir=" + build.resolve("maven-plugin"),
        "install");
    return maven;
  }

  /** Runs {@code mvn -B ARGS} in {@code directory}. */
  Build run(Path directory, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            mvn.toString(),
            "-B",
            "-ntp",
            "-Dstyle.color=never",
            "-s",
            settings.toString(),
            "-Dmaven.repo.local=" + repository));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
    // nothing autogen- or Spring-specific from the environment the tests run in
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AUTOGEN_") && !k.startsWith("AUTOGEN_TEST_")
                    || k.startsWith("SPRING_"));
    Path log = Files.createTempFile(work, "mvn", ".log");
    try {
      Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("mvn did not finish: " + command);
      }
      return new Build(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private void require(Path directory, String... args) throws Exception {
    Build build = run(directory, args);
    if (build.code() != 0) {
      throw new AssertionError("mvn " + String.join(" ", args) + " failed: " + build);
    }
  }

  /**
   * The user's local repository as the first remote one: its layout is a repository's, and
   * checksums are not kept there.
   */
  private static String settings(Path userRepository) {
    String repository =
        """
            <id>user-local</id>
            <url>%s</url>
            <releases><checksumPolicy>ignore</checksumPolicy></releases>
            <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(userRepository.toUri());
    return """
        <settings>
          <profiles>
            <profile>
              <id>user-local</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>
        </settings>
        """
        .formatted(repository, repository);
  }

  static String property(String name) throws IOException {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IOException(name + " is not set: run this test through mvn verify (see pom.xml)");
    }
    return value;
  }
}
