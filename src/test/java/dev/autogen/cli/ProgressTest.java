package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Progress lines of phases running at the same time stay whole lines. */
class ProgressTest {

  @Test
  void overlappingSlowPhasesEachGetWholeLines() throws Exception {
    StringWriter text = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(text), true)) {
      progress.phase(
          "reading entities",
          () -> {
            Thread.sleep(1_500);
            CompletableFuture.runAsync(() -> progress.phase("reading schema", () -> sleep(2_500)))
                .get();
            return null;
          });
    }

    var lines = text.toString().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("autogen: reading entities ...");
    assertThat(lines.get(1)).matches("autogen: reading schema \\.\\.\\. \\d+\\.\\d s");
    assertThat(lines.get(2)).matches("autogen: reading entities done, \\d+\\.\\d s");
  }

  @Test
  void quickPhaseShowsNothing() {
    StringWriter text = new StringWriter();
    try (Progress progress = new Progress(new PrintWriter(text), true)) {
      assertThat(progress.phase("quick", () -> 42)).isEqualTo(42);
    }
    assertThat(text.toString()).isEmpty();
  }

  private static Void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }
}
