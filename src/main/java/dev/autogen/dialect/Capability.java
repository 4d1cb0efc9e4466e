package dev.autogen.dialect;

/**
 * One fact a dialect (at a server version) may or may not have; a {@link Capabilities} is the set
 * of those it has. Each constant says what having it means.
 */
public enum Capability {
  /** DDL runs inside a transaction and rolls back with it. */
  TRANSACTIONAL_DDL,
  /**
   * Indexes can be built and dropped without blocking writes ({@code CONCURRENTLY}), which must run
   * outside a transaction.
   */
  CONCURRENT_INDEX,
  /**
   * Foreign keys and checks can be added {@code NOT VALID} and validated later under a weaker lock.
   */
  NOT_VALID_CONSTRAINTS,
  /** A unique constraint can adopt an index built beforehand. */
  UNIQUE_USING_INDEX,
  /**
   * An in-place type change can convert each value with an expression ({@code ALTER COLUMN ... TYPE
   * ... USING}); MySQL's and MariaDB's {@code MODIFY COLUMN} has no such clause.
   */
  ALTER_TYPE_USING,
  /** Adding a column with a constant default is metadata-only. */
  FAST_DEFAULT_ADD_COLUMN,
  /** A validated {@code CHECK (c IS NOT NULL)} lets {@code SET NOT NULL} skip its table scan. */
  CHECK_SKIPS_NOT_NULL_SCAN,
  /** A simple view accepts inserts and updates, so it can stand in for a renamed table. */
  UPDATABLE_VIEWS,
  /** Row-level triggers can keep two columns in step during a rename. */
  ROW_TRIGGERS,
  /**
   * A block run outside a transaction can commit between batches (PostgreSQL 11+ {@code DO} with
   * {@code COMMIT}; on MySQL and MariaDB a temporary procedure, which may {@code COMMIT}), so a
   * backfill holds row locks for one batch at a time.
   */
  COMMIT_IN_BATCHES,
  /**
   * {@code ALTER TABLE} takes {@code ALGORITHM=INSTANT|INPLACE|COPY} and {@code
   * LOCK=NONE|SHARED|EXCLUSIVE} clauses (MySQL, MariaDB), so a statement can demand an online
   * change and fail instead of silently copying or locking the table.
   */
  ONLINE_ALTER_CLAUSES,
  /**
   * A secondary index is built in place while writes continue ({@code ALGORITHM=INPLACE,
   * LOCK=NONE}) inside an ordinary {@code ALTER TABLE}.
   */
  ONLINE_INDEX_BUILD,
  /**
   * Adding a column as the last one only touches the catalog (PostgreSQL; MySQL 8.0.12+ and MariaDB
   * 10.3+ with {@code ALGORITHM=INSTANT}).
   */
  INSTANT_ADD_COLUMN,
  /**
   * Adding a column at any position ({@code AFTER}, {@code FIRST}) is instant too (MySQL 8.0.29+,
   * MariaDB 10.4+).
   */
  INSTANT_ADD_COLUMN_ANY_POSITION,
  /** Dropping a column only touches the catalog (PostgreSQL; MySQL 8.0.29+, MariaDB 10.4+). */
  INSTANT_DROP_COLUMN,
  /**
   * {@code CHECK} constraints are enforced rather than parsed and ignored (PostgreSQL; MySQL
   * 8.0.16+, MariaDB 10.2+).
   */
  ENFORCED_CHECKS,
  /**
   * {@code ALTER TABLE ... RENAME COLUMN a TO b} exists (PostgreSQL; MySQL 8.0, MariaDB 10.5.2);
   * older MySQL servers only know {@code CHANGE}, which restates the whole column.
   */
  RENAME_COLUMN,
  /**
   * Renaming a column takes {@code ALGORITHM=INSTANT} (MySQL 8.0.28+, MariaDB 10.3+): only the
   * catalog changes.
   */
  INSTANT_RENAME_COLUMN,
  /**
   * Setting or dropping a column default takes {@code ALGORITHM=INSTANT} (MySQL 8.0.12+, MariaDB
   * 10.3+).
   */
  INSTANT_COLUMN_DEFAULT,
  /**
   * A column's nullability changes in place while writes go on ({@code MODIFY ... NOT NULL,
   * ALGORITHM=INPLACE, LOCK=NONE}: MySQL 5.6+, MariaDB 10.0+), rebuilding the table.
   */
  ONLINE_NULLABILITY,
  /**
   * A foreign key is added in place while writes go on, but only with {@code foreign_key_checks=0}
   * (MySQL, MariaDB): existing rows are then not checked, so a pre-flight check must do it.
   */
  ONLINE_FOREIGN_KEY_UNCHECKED,
  /**
   * Schema statements take {@code IF [NOT] EXISTS} for columns, indexes and constraints (MariaDB
   * 10.5.2+ for all of them, {@code RENAME COLUMN IF EXISTS} included), so a file that failed half
   * way can run again from its first statement.
   */
  GUARDED_DDL,
  /**
   * A column's type can change while a foreign key uses it, as its own or its referenced column
   * (PostgreSQL re-checks the key). MySQL and MariaDB refuse it (errors 1832 and 1833), even with
   * {@code foreign_key_checks=0}, so such keys are dropped before the change and re-added after it.
   */
  TYPE_CHANGE_UNDER_FOREIGN_KEY,
  /**
   * A foreign key may join columns of different non-string types ({@code integer} referencing
   * {@code bigint}): PostgreSQL compares the values. MySQL and MariaDB refuse such a key (MariaDB
   * 10.11, tested: error 1825 with {@code foreign_key_checks=0}, errno 150 without), so a plan that
   * would leave one is refused before anything is written.
   */
  MIXED_TYPE_FOREIGN_KEY,
  /**
   * Dropping {@code AUTO_INCREMENT} from a column takes {@code ALGORITHM=INSTANT} (MariaDB: tested
   * on 10.11; adding it copies the table). Not claimed for MySQL, where autogen says {@code
   * ALGORITHM=COPY}.
   */
  INSTANT_DROP_AUTO_INCREMENT,
  /**
   * A primary key can be dropped on its own without copying the table (PostgreSQL). InnoDB clusters
   * the rows by the key, so it refuses to drop one in place unless the same {@code ALTER TABLE}
   * adds the next; autogen then replaces the key in one statement.
   */
  DROP_PRIMARY_KEY_ALONE,
  /**
   * A foreign key's columns need an index that starts with them, which the server makes (named
   * after the constraint) only when it adds the key by copying the table, and leaves behind when
   * the key is dropped (InnoDB). autogen then creates that index before adding a key in place and
   * drops it with the key.
   */
  FOREIGN_KEY_NEEDS_INDEX,
  /**
   * A unique key longer than InnoDB's 3,072-byte index limit is kept as a hash over a hidden
   * virtual column ({@code USING HASH}; MariaDB 10.4+): the server adds it only by copying the
   * table ("INPLACE ADD or DROP of virtual columns cannot be combined with other ALTER TABLE
   * actions"), and finds it by {@code DROP INDEX}, not {@code DROP CONSTRAINT} (tested on MariaDB
   * 10.11). MySQL refuses such a key (error 1071).
   */
  LONG_UNIQUE_HASH,
  /**
   * Sequence objects exist ({@code CREATE SEQUENCE}, {@code NEXT VALUE FOR}): PostgreSQL, MariaDB
   * 10.3+. MySQL 8 has none; Hibernate falls back to a table there.
   */
  SEQUENCES,
  /**
   * {@code ALTER TYPE ... ADD VALUE} runs inside a transaction block (PostgreSQL 12+; before, it is
   * refused there with "cannot run inside a transaction block").
   */
  ENUM_ADD_VALUE_IN_TRANSACTION
}
