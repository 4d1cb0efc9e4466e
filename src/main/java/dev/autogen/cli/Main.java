package dev.autogen.cli;

import picocli.CommandLine;

/** Entry point: parses arguments, runs the command, exits with its code. */
public final class Main {

  private Main() {}

  /**
   * Libraries (SchemaCrawler, Flyway, the dev database) log progress at INFO through
   * java.util.logging; autogen's own output is what the user asked for, so only warnings pass.
   */
  private static void quietLibraries() {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.WARNING);
    for (java.util.logging.Handler h : root.getHandlers()) {
      h.setLevel(java.util.logging.Level.WARNING);
    }
  }

  public static void main(String[] args) {
    quietLibraries();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and in-process tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AutogenCommand());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError e) {
            // one line: the cause, named; a stack trace helps nobody fix a typo in an entity
            commandLine
                .getErr()
                .println("autogen: error: " + CurrentSchema.firstLine(e.getMessage()));
            return e.exitCode();
          }
          commandLine.getErr().println("autogen: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return 70;
        });
    cl.setExitCodeExceptionMapper(ex -> ExitCode.USAGE);
    cl.getCommandSpec().parser().abbreviatedOptionsAllowed(false);
    return cl;
  }
}
