package dev.autogen.lint.report;

import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import java.util.Comparator;
import java.util.List;

/** Everything one lint run found, sorted by file, line and rule code. */
public record LintReport(List<String> files, List<Finding> findings) {
  public LintReport {
    files = List.copyOf(files);
    findings =
        findings.stream()
            .sorted(
                Comparator.comparing(Finding::file)
                    .thenComparingInt(Finding::line)
                    .thenComparing(f -> f.rule().code()))
            .toList();
  }

  /** Whether an unsuppressed finding reaches {@code threshold}. */
  public boolean fails(Severity threshold) {
    return findings.stream()
        .anyMatch(f -> !f.suppressed() && f.rule().severity().compareTo(threshold) >= 0);
  }

  long count(Severity severity) {
    return findings.stream()
        .filter(f -> !f.suppressed() && f.rule().severity() == severity)
        .count();
  }

  long suppressedCount() {
    return findings.stream().filter(Finding::suppressed).count();
  }
}
