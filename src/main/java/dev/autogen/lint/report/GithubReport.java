package dev.autogen.lint.report;

import dev.autogen.lint.Finding;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: one {@code ::error file=F,line=N,title=CODE::message} (or
 * {@code ::warning}) line per unsuppressed finding, shown as annotations on the pull request.
 * Allowed findings become {@code ::notice} lines with their reason.
 */
public final class GithubReport {
  private GithubReport() {}

  public static void write(PrintWriter out, LintReport report) {
    for (Finding f : report.findings()) {
      String level = f.suppressed() ? "notice" : f.rule().severity().word();
      String message =
          f.message()
              + ". Safe alternative: "
              + f.rule().alternative()
              + f.allowedBecause().map(r -> " Allowed because: " + r).orElse("");
      out.println(
          "::"
              + level
              + " file="
              + property(f.file())
              + ",line="
              + f.line()
              + ",title="
              + property("autogen " + f.rule().code())
              + "::"
              + data(message));
    }
    if (report.findings().isEmpty()) {
      out.println("no breaking changes");
    }
  }

  /** Escaping of the message part, as the workflow command syntax defines it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a property value, which also may not hold ':' or ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
