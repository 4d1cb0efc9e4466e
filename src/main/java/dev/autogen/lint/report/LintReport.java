package dev.autogen.lint.report;

import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one lint run found, sorted by file, line and rule code, and the entity sources it read
 * (empty when the caller did not say).
 */
public record LintReport(
    List<String> files, List<Finding> findings, Optional<EntitySources> entitySources) {

  /**
   * The entity source roots a lint run read, as displayed, and where they came from ({@code
   * --entities}, the config file, {@code pom.xml}...).
   */
  public record EntitySources(List<String> roots, String from) {
    public EntitySources {
      roots = List.copyOf(roots);
    }
  }

  public LintReport(List<String> files, List<Finding> findings) {
    this(files, findings, Optional.empty());
  }

  /** The same report, saying which entity sources were read. */
  public LintReport withEntitySources(EntitySources sources) {
    return new LintReport(files, findings, Optional.of(sources));
  }

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
