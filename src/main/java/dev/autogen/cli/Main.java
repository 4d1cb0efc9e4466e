package dev.autogen.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point: parses arguments, runs the command, exits with its code. */
public final class Main {

  private Main() {}

  /** Subcommands by name, in the order the usage help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("diff", DiffCommand::new);
    all.put("promote", PromoteCommand::new);
    all.put("explain", ExplainCommand::new);
    all.put("lint", LintCommand::new);
    all.put("verify", VerifyCommand::new);
    return Collections.unmodifiableMap(all);
  }

  public static void main(String[] args) {
    // applied when a library first logs; see QuietLogging
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
    System.exit(commandLine(needed(args)).execute(args));
  }

  /**
   * The subcommands a run can reach: the ones named in the arguments; none when the top-level
   * command runs or prints its version; all when the usage help may list them. Picocli builds the
   * model of every registered command by reflection before parsing, the largest part of start-up
   * (issue 6, docs/performance.md).
   */
  static Set<String> needed(String[] args) {
    Set<String> named = new LinkedHashSet<>();
    boolean topLevel = false;
    boolean help = args.length == 0;
    for (String arg : args) {
      if (SUBCOMMANDS.containsKey(arg)) {
        named.add(arg);
      }
      topLevel |= List.of("-m", "--message", "-V", "--version").contains(arg);
      topLevel |= arg.startsWith("-m") || arg.startsWith("--message=");
      help |= arg.equals("-h") || arg.equals("--help");
    }
    if (!named.isEmpty()) {
      return named;
    }
    return topLevel && !help ? Set.of() : SUBCOMMANDS.keySet();
  }

  /** The configured command line, shared by {@link #main} and in-process tests. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(Set<String> subcommands) {
    CommandLine cl = new CommandLine(new AutogenCommand());
    for (String name : subcommands) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
    }
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
