package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Output that cannot be written ({@code > /dev/full}) is an error, not exit 0. */
class OutputFailureTest {

  @Test
  void aFailedWriteToStandardOutputExitsSeventyFour() {
    CommandLine cl = Main.commandLine();
    cl.setOut(
        new PrintWriter(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("No space left on device");
              }
            },
            true));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));

    int code = Main.run(cl, new String[] {"explain", "drop-column"});

    assertThat(code).isEqualTo(ExitCode.OUTPUT).isEqualTo(74);
    assertThat(err.toString()).contains("cannot write to standard output");
  }

  @Test
  void aWrittenOutputKeepsTheCommandsCode() {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(Main.run(cl, new String[] {"explain", "drop-column"})).isZero();
  }
}
