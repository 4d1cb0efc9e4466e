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

  @Test
  void theReadingWarmUpStartsOnlyForCommandsThatReadEntities() {
    assertThat(Launcher.readsEntities(new String[] {"diff", "--url", "jdbc:postgresql://h/d"}))
        .isTrue();
    assertThat(Launcher.readsEntities(new String[] {"-m", "add_users"})).isTrue();
    assertThat(Launcher.readsEntities(new String[] {"--message=add_users"})).isTrue();
    assertThat(Launcher.readsEntities(new String[] {"lint", "--base", "main"})).isTrue();
    assertThat(Launcher.readsEntities(new String[] {"promote", "V1__a.sql"})).isFalse();
    assertThat(Launcher.readsEntities(new String[] {"explain", "lock-timeout"})).isFalse();
    assertThat(Launcher.readsEntities(new String[] {"--help"})).isFalse();
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
