package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the subcommands a run can reach are built. */
class MainTest {

  @Test
  void namedSubcommandsOnly() {
    assertThat(Main.needed(new String[] {"diff", "--url", "jdbc:postgresql://h/d"}))
        .containsExactly("diff");
    assertThat(Main.needed(new String[] {"--url", "u", "promote"})).containsExactly("promote");
  }

  @Test
  void noneForTheTopLevelCommandAndItsVersion() {
    assertThat(Main.needed(new String[] {"--version"})).isEmpty();
    assertThat(Main.needed(new String[] {"-m", "add email", "--url", "u"})).isEmpty();
    assertThat(Main.needed(new String[] {"--message=add email"})).isEmpty();
  }

  @Test
  void allWhenTheUsageMayListThem() {
    assertThat(Main.needed(new String[] {}))
        .containsExactly(
            "diff", "promote", "explain", "lint", "verify", "help", "generate-completion");
    assertThat(Main.needed(new String[] {"--help"})).hasSize(7);
    assertThat(Main.needed(new String[] {"-m", "x", "-h"})).hasSize(7);
    assertThat(Main.needed(new String[] {"--url", "u"})).hasSize(7);
    assertThat(Main.needed(new String[] {"dif"})).hasSize(7);
    assertThat(Main.needed(new String[] {"help", "diff"})).hasSize(7);
    assertThat(Main.needed(new String[] {"generate-completion"})).hasSize(7);
  }
}
