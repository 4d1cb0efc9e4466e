package dev.autogen.cli;

import dev.autogen.devdb.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
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
    all.put("help", CommandLine.HelpCommand::new);
    all.put("generate-completion", AutoComplete.GenerateCompletion::new);
    return Collections.unmodifiableMap(all);
  }

  public static void main(String[] args) {
    // applied when a library first logs; see QuietLogging
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
    System.exit(run(commandLine(needed(args)), args));
  }

  /**
   * Runs the command; output that could not be written (a full disk, a closed pipe: {@code diff >
   * /dev/full}) fails the run with {@link ExitCode#OUTPUT}, since a script would take what it lost
   * for the whole answer.
   */
  static int run(CommandLine cl, String[] args) {
    int code = cl.execute(args);
    // picocli writes through System.out, a PrintStream that keeps write errors to itself
    if (cl.getOut().checkError() || System.out.checkError()) {
      cl.getErr().println("autogen: error: cannot write to standard output");
      cl.getErr().flush();
      return ExitCode.OUTPUT;
    }
    return code;
  }

  /**
   * The subcommands a run can reach: the ones named in the arguments; none when the top-level
   * command runs or prints its version; all when the usage help or the completion script may list
   * them. Picocli builds the model of every registered command by reflection before parsing, the
   * largest part of start-up (issue 6, docs/performance.md).
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
    // help and generate-completion describe the other commands
    help |= named.contains("help") || named.contains("generate-completion");
    if (!named.isEmpty() && !help) {
      return named;
    }
    return topLevel && !help ? Set.of() : SUBCOMMANDS.keySet();
  }

  /** The configured command line, shared by {@link #main} and in-process tests. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS.keySet());
  }

  static CommandLine commandLine(Set<String> subcommands) {
    CommandLine cl = new CommandLine(new AutogenCommand());
    for (String name : subcommands) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
      // --version on every command says the same as autogen --version
      cl.getSubcommands().get(name).getCommandSpec().versionProvider(new Version());
    }
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UserError e) {
            // one line: the cause, named; a stack trace helps nobody fix a typo in an entity
            commandLine.getErr().println("autogen: error: " + Messages.firstLine(e.getMessage()));
            return e.exitCode();
          }
          commandLine.getErr().println("autogen: internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return ExitCode.INTERNAL;
        });
    cl.setParameterExceptionHandler(Main::badUsage);
    cl.setExitCodeExceptionMapper(ex -> ExitCode.USAGE);
    cl.getCommandSpec().parser().abbreviatedOptionsAllowed(false);
    return cl;
  }

  /**
   * A mistyped option or argument: one line saying what (with picocli's nearest match), then where
   * help is, instead of the whole usage text that buries the error.
   */
  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = Messages.firstLine(ex.getMessage());
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      List<String> nearest = u.getSuggestions().stream().limit(3).toList();
      message += " (did you mean " + String.join(" or ", nearest) + "?)";
    }
    cmd.getErr().println("autogen: error: " + message);
    cmd.getErr()
        .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }
}
