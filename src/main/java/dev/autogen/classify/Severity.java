package dev.autogen.classify;

import java.util.Locale;

/** How much a hazard matters for this change on this table; ordered from least to most. */
public enum Severity {
  /** Worth knowing; no action needed (e.g. a blocking lock on an empty table). */
  INFO,
  /** Review before applying; the plan already works around it as far as it can. */
  WARNING,
  /** Do not apply as is on this database (e.g. a table rewrite of a 10M-row table). */
  ERROR;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
