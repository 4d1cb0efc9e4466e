package dev.autogen.lint.report;

import dev.autogen.lint.Finding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML, which most CI systems show as test results: one test suite {@code
 * autogen-lint}, one test case per linted file (a failure per unsuppressed finding), and one test
 * case per other file a finding names (entity sources); allowed findings are listed as skipped.
 */
public final class JunitReport {
  private JunitReport() {}

  public static void write(PrintWriter out, LintReport report) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    report.files().forEach(f -> byFile.put(f, new java.util.ArrayList<>()));
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f);
    }
    long failures = report.findings().stream().filter(f -> !f.suppressed()).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"autogen lint\" tests=\""
            + byFile.size()
            + "\" failures=\""
            + failures
            + "\">");
    out.println(
        "  <testsuite name=\"autogen-lint\" tests=\""
            + byFile.size()
            + "\" failures=\""
            + failures
            + "\" errors=\"0\">");
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      out.println("    <testcase classname=\"autogen.lint\" name=\"" + xml(e.getKey()) + "\">");
      for (Finding f : e.getValue()) {
        String text =
            f.file()
                + ":"
                + f.line()
                + ": "
                + f.message()
                + "\nsafe alternative: "
                + f.rule().alternative();
        if (f.suppressed()) {
          out.println(
              "      <skipped message=\""
                  + xml(f.rule().code() + " allowed: " + f.allowedBecause().get())
                  + "\"/>");
        } else {
          out.println(
              "      <failure type=\""
                  + xml(f.rule().code())
                  + "\" message=\""
                  + xml(f.rule().severity().word() + " [" + f.rule().code() + "] line " + f.line())
                  + "\">"
                  + xml(text)
                  + "</failure>");
        }
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
    out.println("</testsuites>");
  }

  static String xml(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
