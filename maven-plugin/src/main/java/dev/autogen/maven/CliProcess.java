package dev.autogen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs the autogen command line in a JVM of its own. Its own process, because the CLI reads the
 * project relative to its working directory (which a thread of Maven's JVM cannot change), exits
 * with a code, and logs through libraries (SLF4J 2) that Maven's class realm would replace with its
 * own.
 */
final class CliProcess {

  private static final String MAIN = "dev.autogen.cli.Main";

  private CliProcess() {}

  /** {@code java -cp CLASSPATH dev.autogen.cli.Main ARGS...} with the given JDK. */
  static List<String> javaCommand(Path javaHome, List<Path> classpath, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.add("-cp");
    command.add(
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add(MAIN);
    command.addAll(args);
    return command;
  }

  /**
   * Runs the command in {@code directory} with Maven's standard streams, so that its report,
   * questions and progress reach the user as from the CLI; returns its exit code.
   */
  static int run(List<String> command, Path directory) throws MojoExecutionException {
    try {
      Process process =
          new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
      return process.waitFor();
    } catch (IOException e) {
      throw new MojoExecutionException("autogen: cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("autogen: interrupted", e);
    }
  }
}
