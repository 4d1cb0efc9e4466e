package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The string literals of Java sources that contract gating searches. */
class JavaStringsTest {

  @Test
  void javaStringsSkipCommentsAndReadTextBlocks() {
    String src =
        "class A {\n"
            + "  // \"not this\"\n"
            + "  /* \"nor this\" */\n"
            + "  char q = '\"';\n"
            + "  String s = \"select \\\"x\\\" from t\";\n"
            + "  String b = \"\"\"\n"
            + "      SELECT legacy_code\n"
            + "      FROM users\"\"\";\n"
            + "}\n";
    assertThat(JavaStrings.of(src))
        .extracting(l -> l.line() + ":" + l.text().strip())
        .containsExactly("5:select \\\"x\\\" from t", "6:SELECT legacy_code\n      FROM users");
  }
}
