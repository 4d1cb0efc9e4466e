package dev.autogen.cli;

import dev.autogen.classify.HazardCode;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autogen explain CODE}: prints a hazard code's or a lint rule code's section of {@code
 * docs/rules.md}.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Prints what a hazard or lint rule code means and the safe alternative (from docs/rules.md).")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "CODE",
      description =
          "A hazard code (e.g. blocking_lock) or a lint rule code (e.g. index-not-online).")
  String code;

  @Override
  public Integer call() {
    RuleDocs docs = RuleDocs.bundled();
    java.util.Optional<HazardCode> hazard = HazardCode.parse(code);
    String section;
    if (hazard.isPresent()) {
      section =
          docs.section(hazard.get())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "docs/rules.md has no section for " + hazard.get().code()));
    } else {
      // a lint rule code (index-not-online, lock-wait-timeout-missing, ...)
      section =
          docs.lintRule(code.strip().toLowerCase(java.util.Locale.ROOT))
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
                              + ", and the lint rule codes of docs/rules.md)"));
    }
    spec.commandLine().getOut().print(section);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
