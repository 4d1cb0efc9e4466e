package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Progress lines of phases running at the same time stay whole lines; quick phases show nothing.
 * Time is a {@link ManualTicker} moved by the test, so no assertion depends on the machine's speed.
 */
class ProgressTest {

  private final ManualTicker ticker = new ManualTicker();
  private final StringWriter text = new StringWriter();

  @Test
  void overlappingSlowPhasesEachGetWholeLines() throws Exception {
    try (Progress progress = new Progress(new PrintWriter(text), ticker)) {
      progress.phase(
          "reading entities",
          () -> {
            ticker.advance(Duration.ofMillis(1_500));
            // the other phase runs on another thread, as the CLI reads the schema meanwhile
            CompletableFuture.runAsync(
                    () ->
                        progress.phase(
                            "reading schema",
                            () -> {
                              ticker.advance(Duration.ofMillis(2_500));
                              return null;
                            }))
                .get();
            return null;
          });
    }

    assertThat(text.toString().lines())
        .containsExactly(
            "autogen: reading entities ...",
            "autogen: reading schema ... " + seconds(2.5) + " s",
            "autogen: reading entities done, " + seconds(4.0) + " s");
    assertThat(ticker.closed()).as("the ticker is closed with the progress").isTrue();
  }

  @Test
  void aPhaseShowsItsLineOnlyAfterASecond() {
    try (Progress progress = new Progress(new PrintWriter(text), ticker)) {
      progress.phase(
          "reading schema",
          () -> {
            ticker.advance(Duration.ofMillis(999));
            assertThat(text.toString()).isEmpty();
            ticker.advance(Duration.ofMillis(1));
            assertThat(text.toString()).isEqualTo("autogen: reading schema ...");
            ticker.advance(Duration.ofMillis(200));
            return null;
          });
    }
    assertThat(text.toString()).isEqualTo("autogen: reading schema ... " + seconds(1.2) + " s\n");
  }

  @Test
  void quickPhaseShowsNothing() {
    try (Progress progress = new Progress(new PrintWriter(text), ticker)) {
      assertThat(
              progress.phase(
                  "quick",
                  () -> {
                    ticker.advance(Duration.ofMillis(300));
                    return 42;
                  }))
          .isEqualTo(42);
      // the notice of a finished phase never fires
      ticker.advance(Duration.ofSeconds(5));
    }
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void progressIsShownOnlyToAPersonWatchingStderr() {
    assertThat(Progress.shown(true, false)).as("stderr a terminal, text output").isTrue();
    assertThat(Progress.shown(false, false)).as("stderr in a pipe or a CI log").isFalse();
    assertThat(Progress.shown(true, true)).as("JSON for a program, even on a terminal").isFalse();
    assertThat(Progress.shown(false, true)).isFalse();
  }

  @Test
  void onlyTerminalDevicesCountAsTerminals() {
    assertThat(StderrTerminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(StderrTerminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(StderrTerminal.isTerminalDevice("/dev/console")).isTrue();
    assertThat(StderrTerminal.isTerminalDevice("pipe:[48213]")).isFalse();
    assertThat(StderrTerminal.isTerminalDevice("socket:[48214]")).isFalse();
    assertThat(StderrTerminal.isTerminalDevice("/dev/null")).isFalse();
    assertThat(StderrTerminal.isTerminalDevice("/home/dev/autogen.log")).isFalse();
  }

  @Test
  void aFakeTerminalSeesPlainLinesAndARedirectedStderrSeesNothing() {
    StringWriter terminal = new StringWriter();
    try (Progress progress =
            Progress.of(new PrintWriter(terminal), Progress.shown(true, false), () -> ticker);
        Progress.Running replay = progress.begin("replaying migrations")) {
      ticker.advance(Duration.ofMillis(2_000));
    }
    assertThat(terminal.toString())
        .as("one plain line: no colour or cursor codes")
        .isEqualTo(
            "autogen: replaying migrations ... " + seconds(2.0) + " s" + System.lineSeparator());

    StringWriter file = new StringWriter();
    ManualTicker unused = new ManualTicker();
    try (Progress progress =
        Progress.of(new PrintWriter(file), Progress.shown(false, false), () -> unused)) {
      progress.phase(
          "replaying migrations",
          () -> {
            unused.advance(Duration.ofSeconds(5));
            return null;
          });
    }
    assertThat(file.toString()).isEmpty();
    assertThat(unused.closed()).as("no clock is started for silent progress").isFalse();
  }

  /** As Progress formats a duration (the decimal separator follows the default locale). */
  private static String seconds(double s) {
    return String.format("%.1f", s);
  }
}
