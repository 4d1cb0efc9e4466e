package dev.autogen.cli;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether this process's standard error is a terminal. {@link System#console()} answers another
 * question (standard input and output both terminals): it is null when stdout is redirected, as in
 * {@code autogen diff > report.txt}, while a person still watches stderr.
 */
final class StderrTerminal {

  private StderrTerminal() {}

  /** Asks the operating system about file descriptor 2. */
  static boolean probe() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
      // no file descriptor to ask: a console attached to the process is the nearest fact
      return System.console() != null;
    }
    return testMinusT2();
  }

  /** Linux names the device behind a descriptor; pipes, sockets and files are not terminals. */
  static boolean isTerminalDevice(String linkTarget) {
    return linkTarget.startsWith("/dev/pts/")
        || linkTarget.startsWith("/dev/tty")
        || linkTarget.equals("/dev/console");
  }

  /** macOS and other Unixes without /proc: test(1) inherits our stderr and answers for it. */
  private static boolean testMinusT2() {
    try {
      Process p =
          new ProcessBuilder("sh", "-c", "test -t 2")
              .redirectInput(Redirect.PIPE)
              .redirectOutput(Redirect.DISCARD)
              .redirectError(Redirect.INHERIT)
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
