package dev.autogen.cli;

import dev.autogen.classify.HazardCode;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autogen explain CODE}: prints a hazard code's section of {@code docs/rules.md}. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Prints what a hazard code means and the safe alternative (from docs/rules.md).")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "A hazard code, e.g. blocking_lock.")
  String code;

  @Override
  public Integer call() {
    HazardCode hazard =
        HazardCode.parse(code)
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCode.USAGE,
                        "unknown hazard code '"
                            + code
                            + "' (known: "
                            + Arrays.stream(HazardCode.values())
                                .map(HazardCode::code)
                                .collect(Collectors.joining(", "))
                            + ")"));
    String section =
        RuleDocs.bundled()
            .section(hazard)
            .orElseThrow(
                () ->
                    new IllegalStateException("docs/rules.md has no section for " + hazard.code()));
    spec.commandLine().getOut().print(section);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
