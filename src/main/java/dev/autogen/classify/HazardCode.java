package dev.autogen.classify;

import java.util.Locale;

/**
 * Operational risks of applying a change. The codes are stable: scripts and CI rely on them, and
 * each has a section in {@code docs/rules.md} that {@code autogen explain CODE} prints.
 */
public enum HazardCode {
  /** The statement takes a lock that blocks reads or writes of the table while it runs. */
  BLOCKING_LOCK(
      Severity.WARNING,
      true,
      "Keep the locked part short: a lock timeout makes the statement give up instead of holding"
          + " later queries behind it; retry off-peak and move slow work (rewrites, scans) out of"
          + " the locked statement. Each dialect says how on its server."),
  /** Every row is rewritten: time and disk grow with the table. */
  TABLE_REWRITE(
      Severity.WARNING,
      true,
      "Add a new column, backfill it in batches and switch over (declare the field"
          + " @RenamedFrom the old one), instead of rewriting the table in place."),
  /** Every row is read to validate the change while a lock is held. */
  FULL_TABLE_SCAN(
      Severity.WARNING,
      true,
      "Check the existing rows apart from the locking statement where the server can (a"
          + " constraint added unvalidated and validated later); each dialect says how."),
  /** Values are removed and cannot be brought back by a downgrade. */
  DATA_LOSS(
      Severity.WARNING,
      true,
      "Back the data up or copy it elsewhere first; autogen only drops in the deferred contract"
          + " step, once no running code uses it."),
  /** The downgrade script cannot restore the state before the step. */
  IRREVERSIBLE(
      Severity.WARNING,
      false,
      "Keep a backup taken right before the step; the downgrade restores the schema, not the"
          + " data."),
  /** Building an index reads the whole table; on a big table it takes minutes to hours. */
  LONG_INDEX_BUILD(
      Severity.INFO,
      true,
      "Build it online in a file of its own and run that file off-peak; each dialect says how."),
  /** The statement cannot run inside a transaction; a failure leaves work half done. */
  NON_TRANSACTIONAL(
      Severity.INFO,
      false,
      "Rerun the file after a failure: autogen writes non-transactional files so that every"
          + " statement can run again (IF EXISTS guards, resumable batches)."),
  /**
   * Every DDL statement commits on its own (MySQL/MariaDB): a failure leaves a half-applied file.
   */
  AUTOCOMMIT_DDL(
      Severity.WARNING,
      false,
      "Keep one DDL statement per file where possible and make each file safe to rerun."),
  /** A sequence or identity changes: inserts may collide with existing ids or stop getting ids. */
  SEQUENCE_CHANGE(
      Severity.WARNING,
      false,
      "Restart the sequence past the current maximum id, and keep the old way of generating ids"
          + " until no running code relies on it."),
  /** Values the old code still writes are no longer allowed by the new enum check. */
  ENUM_VALUE_REMOVED(
      Severity.ERROR,
      false,
      "Keep the value allowed until no running code writes it, convert existing rows with a"
          + " backfill, then remove it in a later migration."),
  /** Existing rows may violate the new constraint, so applying it can fail. */
  CONSTRAINT_MAY_FAIL(
      Severity.WARNING,
      false,
      "Run the pre-flight query autogen writes into the step (it fails fast with the row count)"
          + " and fix the rows before applying."),
  /** Old code that still reads or writes the object will fail. */
  BREAKS_OLD_CODE(
      Severity.WARNING,
      false,
      "Split the change: expand now (add, relax, sync), contract later once the old application"
          + " version is gone; autogen plans it that way.");

  private final Severity defaultSeverity;
  private final boolean sizeSensitive;
  private final String safeAlternative;

  HazardCode(Severity defaultSeverity, boolean sizeSensitive, String safeAlternative) {
    this.defaultSeverity = defaultSeverity;
    this.sizeSensitive = sizeSensitive;
    this.safeAlternative = safeAlternative;
  }

  /** The code as written in reports, e.g. {@code data_loss}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity when the table's size is unknown or does not matter. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Whether the severity rises with the table's size (see {@link ClassifierSettings}). */
  public boolean sizeSensitive() {
    return sizeSensitive;
  }

  /** The usual safer way to reach the same result, in one or two sentences. */
  public String safeAlternative() {
    return safeAlternative;
  }

  /** Where the code is documented, relative to the project root. */
  public String documentation() {
    return "docs/rules.md#" + code();
  }

  /** The code for its report spelling ({@code data_loss}, {@code DATA_LOSS}, {@code data-loss}). */
  public static java.util.Optional<HazardCode> parse(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (HazardCode c : values()) {
      if (c.name().equals(name)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
