package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExplainCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void printsTheSectionOfACode() {
    assertThat(run("explain", "full_table_scan")).isZero();
    assertThat(out.toString())
        .startsWith("### full_table_scan")
        .contains("NOT VALID")
        .doesNotContain("### data_loss");
  }

  @Test
  void acceptsTheUpperCaseSpelling() {
    assertThat(run("explain", "DATA-LOSS")).isZero();
    assertThat(out.toString()).startsWith("### data_loss");
  }

  @Test
  void unknownCodeIsAUsageErrorListingTheKnownOnes() {
    assertThat(run("explain", "nope")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("unknown hazard code 'nope'").contains("blocking_lock");
  }

  @Test
  void printsTheSectionOfALintRule() {
    assertThat(run("explain", "alter-not-online")).isZero();
    assertThat(out.toString())
        .startsWith("### alter-not-online")
        .contains("ALGORITHM=INSTANT")
        .doesNotContain("### index-not-online");
  }

  @Test
  void printsTheTableRowOfALintRuleWithoutASection() {
    assertThat(run("explain", "index-not-concurrent")).isZero();
    assertThat(out.toString())
        .startsWith("### index-not-concurrent\n\n**Severity:** error")
        .contains("**Safe alternative:** `CREATE INDEX CONCURRENTLY`");
  }
}
