package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-line form of a message, as every one-line error prints it. */
class MessagesTest {

  @Test
  void noMessageIsSaidSo() {
    assertThat(Messages.firstLine(null)).isEqualTo("(no message)");
    assertThat(Messages.firstLine("")).isEqualTo("(no message)");
    assertThat(Messages.firstLine(" \n\t\r\n ")).isEqualTo("(no message)");
  }

  @Test
  void aOneLineMessageIsKeptWithoutSurroundingSpace() {
    assertThat(Messages.firstLine("relation \"x\" does not exist"))
        .isEqualTo("relation \"x\" does not exist");
    assertThat(Messages.firstLine("  padded  ")).isEqualTo("padded");
  }

  @Test
  void onlyTheFirstLineWithTextIsKept() {
    assertThat(Messages.firstLine("ERROR: column \"x\" does not exist\n  Hint: y\n  Position: 8"))
        .isEqualTo("ERROR: column \"x\" does not exist");
    assertThat(Messages.firstLine("\n\n  first  \nsecond")).isEqualTo("first");
  }

  @Test
  void windowsAndOldMacLineEndsEndTheLineToo() {
    assertThat(Messages.firstLine("first\r\nsecond")).isEqualTo("first");
    assertThat(Messages.firstLine("first\rsecond")).isEqualTo("first");
  }
}
