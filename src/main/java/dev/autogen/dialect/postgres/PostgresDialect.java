package dev.autogen.dialect.postgres;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.dialect.ServerVersion;

/**
 * Builds the PostgreSQL {@link Dialect}. Without a version the facts assume a current server; with
 * one, version-dependent facts follow it.
 */
public final class PostgresDialect {

  public static final String NAME = "postgres";

  /** The version {@link #create()} assumes. */
  public static final ServerVersion ASSUMED = new ServerVersion(15, 0);

  private PostgresDialect() {}

  public static Dialect create() {
    return create(ASSUMED);
  }

  public static Dialect create(ServerVersion version) {
    return create(version, "");
  }

  /**
   * The dialect for a server of {@code version} whose migration sessions use {@code timeZone}
   * (empty when unknown, which assumes the conservative facts).
   */
  public static Dialect create(ServerVersion version, String timeZone) {
    return new Dialect(
        NAME,
        capabilities(version),
        // 12: timestamp <-> timestamptz keeps the stored values (no rewrite) when the session's
        // time zone is UTC, as both types then store the same instant
        new PostgresTypeMapper(version.atLeast(12) && UtcZones.isUtc(timeZone)),
        new PostgresIdentifierRules(),
        new PostgresExpressionRules(),
        WORDING,
        PostgresStepWording.WORDING);
  }

  /** PostgreSQL's locks and statements, as its documentation names them. */
  static final HazardWording WORDING =
      new HazardWording(
          "ACCESS EXCLUSIVE lock on {table} {during}",
          "ACCESS EXCLUSIVE lock on {table} while the key's index is built",
          "built CONCURRENTLY outside a transaction so writes to {table} go on",
          "its index is built CONCURRENTLY outside a transaction",
          "SET NOT NULL reads every row of {table}{size} under an ACCESS EXCLUSIVE lock (this"
              + " server cannot use a validated CHECK to skip the scan)",
          "validating CHECK ({column} IS NOT NULL) reads every row of {table}{size} under a SHARE"
              + " UPDATE EXCLUSIVE lock (writes go on); SET NOT NULL then skips its scan",
          "Keep the locked part short: every file sets lock_timeout, so retry off-peak if it times"
              + " out; move slow work (rewrites, scans) out of the locked statement.",
          "Add the constraint NOT VALID and VALIDATE it in a separate transaction; for NOT NULL, a"
              + " validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan (PostgreSQL"
              + " 12+).",
          "Build it CONCURRENTLY in its own non-transactional file (autogen does) and run that file"
              + " off-peak; a failed build leaves an INVALID index that the file drops on rerun.",
          // not planned here (ALTER COLUMN ... TYPE keeps the key), said for completeness
          "foreign key {key} of {owner} is dropped before the type of {table}.{column} changes and"
              + " added back NOT VALID in the same transaction: no row escapes it, and VALIDATE"
              + " checks the older rows afterwards",
          "the switch holds an ACCESS EXCLUSIVE lock on {table} for catalog changes only (renames,"
              + " adopting the prebuilt indexes)",
          "nextval('{table}')");

  static Capabilities capabilities(ServerVersion v) {
    return Capabilities.baseline()
        .withTransactionalDdl(true)
        .withConcurrentIndex(true)
        .withNotValidConstraints(true)
        .withUniqueUsingIndex(true)
        .withAlterTypeUsing(true)
        // 11: ADD COLUMN with a constant default stores it in the catalog instead of rewriting
        .withFastDefaultAddColumn(v.atLeast(11))
        // 12: SET NOT NULL skips its scan when a validated CHECK (c IS NOT NULL) exists
        .withCheckSkipsNotNullScan(v.atLeast(12))
        .withUpdatableViews(true)
        .withRowTriggers(true)
        // 11: procedures and DO blocks run outside a transaction may COMMIT
        .withCommitInBatches(v.atLeast(11))
        // no ALGORITHM=/LOCK= clauses and no in-place index build inside ALTER TABLE: CONCURRENTLY
        .withOnlineAlterClauses(false)
        .withOnlineIndexBuild(false)
        // a new column without a default, or (11+) with a constant one, is catalog-only; columns
        // always go last; DROP COLUMN only marks the column dropped
        .withInstantAddColumn(true)
        .withInstantAddColumnAnyPosition(false)
        .withInstantDropColumn(true)
        .withEnforcedChecks(true)
        .withRenameColumn(true)
        // ALTER COLUMN ... TYPE re-checks the foreign keys over the column
        .withTypeChangeUnderForeignKey(true)
        // DROP CONSTRAINT of a primary key drops its index, the table stays as it is
        .withDropPrimaryKeyAlone(true)
        // integer may reference bigint: the key compares values
        .withMixedTypeForeignKey(true)
        .withSequences(true)
        // 12: ALTER TYPE ... ADD VALUE may run in a transaction block (the new value is usable
        // only after the commit)
        .withEnumAddValueInTransaction(v.atLeast(12));
  }
}
