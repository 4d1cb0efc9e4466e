package dev.autogen.classify;

/**
 * Size thresholds above which size-sensitive hazards (locks, rewrites, scans, index builds, data
 * loss) rise in severity. A table below {@code warnRows} and {@code warnBytes} gives {@link
 * Severity#INFO}; at or above {@code errorRows} or {@code errorBytes}, {@link Severity#ERROR};
 * otherwise {@link Severity#WARNING}. A table without statistics (e.g. read from a dev database)
 * keeps each code's default severity.
 */
public record ClassifierSettings(long warnRows, long errorRows, long warnBytes, long errorBytes) {

  public ClassifierSettings {
    if (warnRows < 0 || errorRows < warnRows || warnBytes < 0 || errorBytes < warnBytes) {
      throw new IllegalArgumentException(
          "thresholds must be non-negative and warn <= error, got rows "
              + warnRows
              + "/"
              + errorRows
              + ", bytes "
              + warnBytes
              + "/"
              + errorBytes);
    }
  }

  /** 10,000 rows or 100 MB warn; 1,000,000 rows or 1 GB is an error. */
  public static ClassifierSettings defaults() {
    return new ClassifierSettings(10_000, 1_000_000, 100L << 20, 1L << 30);
  }

  /** The severity of a size-sensitive hazard on a table of this size. */
  public Severity severityFor(long rows, long bytes) {
    if (rows >= errorRows || bytes >= errorBytes) {
      return Severity.ERROR;
    }
    if (rows >= warnRows || bytes >= warnBytes) {
      return Severity.WARNING;
    }
    return Severity.INFO;
  }
}
