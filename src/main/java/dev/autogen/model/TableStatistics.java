package dev.autogen.model;

/**
 * The database's own estimate of a table's size, read at introspection for size-aware
 * classification.
 *
 * @param estimatedRows the row estimate, exact when it is small enough to have been counted; {@link
 *     #UNKNOWN} when the database does not know (PostgreSQL's {@code reltuples} before the first
 *     ANALYZE) and counting was not possible or stopped at its bound
 */
public record TableStatistics(Identifier table, long estimatedRows, long totalBytes) {

  /** The row count is not known: neither empty nor of any size. */
  public static final long UNKNOWN = -1;

  /** Whether the table is known to hold no rows. */
  public boolean knownEmpty() {
    return estimatedRows == 0;
  }

  public TableStatistics withRows(long rows) {
    return new TableStatistics(table, rows, totalBytes);
  }
}
