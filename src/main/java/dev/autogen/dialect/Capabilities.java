package dev.autogen.dialect;

/**
 * Named facts about what a dialect (and server version) can do; shared code asks these instead of
 * testing which dialect it has.
 *
 * @param transactionalDdl DDL runs inside a transaction and rolls back with it
 * @param concurrentIndex indexes can be built and dropped without blocking writes ({@code
 *     CONCURRENTLY}), which must run outside a transaction
 * @param notValidConstraints foreign keys and checks can be added {@code NOT VALID} and validated
 *     later under a weaker lock
 * @param uniqueUsingIndex a unique constraint can adopt an index built beforehand
 * @param fastDefaultAddColumn adding a column with a constant default is metadata-only
 * @param checkSkipsNotNullScan a validated {@code CHECK (c IS NOT NULL)} lets {@code SET NOT NULL}
 *     skip its table scan
 * @param updatableViews a simple view accepts inserts and updates, so it can stand in for a renamed
 *     table
 * @param rowTriggers row-level triggers can keep two columns in step during a rename
 * @param commitInBatches an anonymous block run outside a transaction can commit between batches
 *     (PostgreSQL 11+ {@code DO} with {@code COMMIT}), so a backfill holds row locks for one batch
 *     at a time
 * @param onlineAlterClauses {@code ALTER TABLE} takes {@code ALGORITHM=INSTANT|INPLACE|COPY} and
 *     {@code LOCK=NONE|SHARED|EXCLUSIVE} clauses (MySQL, MariaDB), so a statement can demand an
 *     online change and fail instead of silently copying or locking the table
 * @param onlineIndexBuild a secondary index is built in place while writes continue ({@code
 *     ALGORITHM=INPLACE, LOCK=NONE}) inside an ordinary {@code ALTER TABLE}
 * @param instantAddColumn adding a column as the last one only touches the catalog (PostgreSQL;
 *     MySQL 8.0.12+ and MariaDB 10.3+ with {@code ALGORITHM=INSTANT})
 * @param instantAddColumnAnyPosition adding a column at any position ({@code AFTER}, {@code FIRST})
 *     is instant too (MySQL 8.0.29+, MariaDB 10.4+)
 * @param instantDropColumn dropping a column only touches the catalog (PostgreSQL; MySQL 8.0.29+,
 *     MariaDB 10.4+)
 * @param enforcedChecks {@code CHECK} constraints are enforced rather than parsed and ignored
 *     (PostgreSQL; MySQL 8.0.16+, MariaDB 10.2+)
 */
public record Capabilities(
    boolean transactionalDdl,
    boolean concurrentIndex,
    boolean notValidConstraints,
    boolean uniqueUsingIndex,
    boolean fastDefaultAddColumn,
    boolean checkSkipsNotNullScan,
    boolean updatableViews,
    boolean rowTriggers,
    boolean commitInBatches,
    boolean onlineAlterClauses,
    boolean onlineIndexBuild,
    boolean instantAddColumn,
    boolean instantAddColumnAnyPosition,
    boolean instantDropColumn,
    boolean enforcedChecks) {}
