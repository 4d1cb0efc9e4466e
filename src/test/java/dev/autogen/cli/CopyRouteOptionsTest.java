package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The two ways out of a refused table copy are exclusive, and pt-osc is the one tool written. */
class CopyRouteOptionsTest {

  private record Run(int exit, String err) {}

  private static Run m(String... extra) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] args = new String[4 + extra.length];
    args[0] = "-m";
    args[1] = "change";
    args[2] = "--config";
    args[3] = "/dev/null";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return new Run(cl.execute(args), err.toString());
  }

  @Test
  void anUnknownToolIsAUsageError() {
    Run r = m("--online-schema-change", "gh-ost");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("--online-schema-change gh-ost is not supported (use pt-osc;")
        .contains("docs/mysql.md");
  }

  @Test
  void bothWaysOutAtOnceAreAUsageError() {
    Run r = m("--allow-copy", "--online-schema-change", "pt-osc");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("give either --allow-copy or --online-schema-change, not both");
  }
}
