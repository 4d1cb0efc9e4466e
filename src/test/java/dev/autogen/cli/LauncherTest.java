package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's own answer to {@code --version} is what picocli prints for it. */
class LauncherTest {

  @Test
  void versionBeforePicocliMatchesPicocli() {
    for (String flag : new String[] {"--version", "-V"}) {
      StringWriter picocli = new StringWriter();
      int exit = Main.commandLine().setOut(new PrintWriter(picocli)).execute(flag);
      assertThat(exit).isZero();
      assertThat(launcher(flag)).isEqualTo(picocli.toString()).startsWith("autogen ");
    }
  }

  private static String launcher(String flag) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Launcher.main(new String[] {flag});
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
