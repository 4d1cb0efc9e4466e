package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The conventions users expect of a command-line tool: help, completion, version, short errors. */
class CliConventionsTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine(Main.needed(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpNamesACommand() {
    Run r = run("help", "diff");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: autogen diff").contains("--exit-code");
    assertThat(run("help").out()).contains("Usage: autogen").contains("lint");
  }

  @Test
  void shellCompletionCoversTheSubcommands() {
    Run r = run("generate-completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("diff").contains("lint").contains("--url");
  }

  @Test
  void everyCommandPrintsTheVersion() {
    String version = run("--version").out();
    assertThat(version).isNotBlank();
    for (String command : List.of("diff", "promote", "explain", "lint")) {
      Run r = run(command, "--version");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).isEqualTo(version);
    }
  }

  @Test
  void anUnknownOptionIsOneLineAndAHint() {
    Run r = run("diff", "--urll", "x");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "autogen: error: Unknown options: '--urll', 'x' (did you mean --url?)",
            "Try 'autogen diff --help' for more information.");
    Run top = run("--no-such-thing");
    assertThat(top.err().lines().toList())
        .hasSize(2)
        .last()
        .isEqualTo("Try 'autogen --help' for more information.");
  }
}
