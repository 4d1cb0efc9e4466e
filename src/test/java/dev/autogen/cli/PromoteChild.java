package dev.autogen.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A child process for {@link PromoteCrashTest}: loads the command line, says {@code ready}, waits
 * for a line on stdin, then runs {@code autogen ARGS}, so that the parent can kill it at a moment
 * inside the run.
 */
public final class PromoteChild {

  private PromoteChild() {}

  public static void main(String[] args) throws Exception {
    picocli.CommandLine cl = Main.commandLine();
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    System.exit(cl.execute(args));
  }
}
