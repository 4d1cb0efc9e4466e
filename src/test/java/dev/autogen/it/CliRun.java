package dev.autogen.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the {@code autogen} command line: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

  static CliRun of(List<String> args) {
    CommandLine cl = dev.autogen.cli.Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args.toArray(String[]::new));
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun of(String... args) {
    return of(List.of(args));
  }
}
