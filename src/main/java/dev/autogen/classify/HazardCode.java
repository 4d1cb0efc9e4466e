package dev.autogen.classify;

/** Operational risks of applying a change; stable codes, documented in {@code docs/rules.md}. */
public enum HazardCode {
  /** The statement takes a lock that blocks reads or writes of the table while it runs. */
  BLOCKING_LOCK,
  /** Every row is rewritten: time and disk grow with the table. */
  TABLE_REWRITE,
  /** Every row is read to validate the change while a lock is held. */
  FULL_TABLE_SCAN,
  /** Values are removed and cannot be brought back by a downgrade. */
  DATA_LOSS,
  /** The statement cannot run inside a transaction; a failure leaves work half done. */
  NON_TRANSACTIONAL,
  /** Existing rows may violate the new constraint, so applying it can fail. */
  CONSTRAINT_MAY_FAIL,
  /** Old code that still reads or writes the object will fail. */
  BREAKS_OLD_CODE;

  /** The code as written in reports, e.g. {@code data_loss}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
