package dev.autogen.cli;

import picocli.CommandLine;

/** Entry point: parses arguments, runs the command, exits with its code. */
public final class Main {

  /**
   * SchemaCrawler logs counts and timings at INFO on every read; autogen's own output is what the
   * user asked for. Held in fields because java.util.logging keeps loggers only weakly.
   */
  private static final java.util.List<java.util.logging.Logger> QUIET =
      java.util.stream.Stream.of("schemacrawler", "us.fatehi")
          .map(java.util.logging.Logger::getLogger)
          .peek(l -> l.setLevel(java.util.logging.Level.WARNING))
          .toList();

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and in-process tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AutogenCommand());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError e) {
            commandLine.getErr().println("autogen: error: " + e.getMessage());
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
