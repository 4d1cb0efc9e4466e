package dev.autogen.lint.report;

import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import java.io.PrintWriter;

/**
 * The report for humans: one block per finding (file:line, code, severity, message, the safe
 * alternative, and the reason when allowed), then a summary line; only "no breaking changes" when
 * there is nothing to say.
 */
public final class TextReport {
  private TextReport() {}

  public static void write(PrintWriter out, LintReport report) {
    if (report.findings().isEmpty()) {
      out.println("no breaking changes");
      return;
    }
    for (Finding f : report.findings()) {
      out.println(
          f.file()
              + ":"
              + f.line()
              + ": "
              + f.rule().severity().word()
              + " ["
              + f.rule().code()
              + "]"
              + (f.suppressed() ? " (allowed)" : ""));
      out.println("  " + f.message());
      out.println("  safe alternative: " + f.rule().alternative());
      f.allowedBecause().ifPresent(r -> out.println("  allowed because: " + r));
      out.println();
    }
    out.println(
        report.count(Severity.ERROR)
            + " error(s), "
            + report.count(Severity.WARNING)
            + " warning(s), "
            + report.suppressedCount()
            + " allowed, in "
            + report.files().size()
            + " file(s)");
  }
}
