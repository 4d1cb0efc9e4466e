package dev.autogen.lint;

/** One action of an {@code ALTER TABLE} statement. */
public enum ActionKind {
  ADD_COLUMN,
  DROP_COLUMN,
  ALTER_TYPE,
  SET_NOT_NULL,
  DROP_NOT_NULL,
  SET_DEFAULT,
  DROP_DEFAULT,
  ADD_FOREIGN_KEY,
  ADD_CHECK,
  ADD_UNIQUE,
  ADD_PRIMARY_KEY,
  /** {@code ADD [CONSTRAINT name] UNIQUE USING INDEX idx}: the expression is the index name. */
  ADD_CONSTRAINT_USING_INDEX,
  /**
   * {@code ADD [CONSTRAINT name] PRIMARY KEY USING INDEX idx}: the expression is the index name.
   * PostgreSQL sets the index's columns NOT NULL as part of it.
   */
  ADD_PRIMARY_KEY_USING_INDEX,
  /** {@code ADD [CONSTRAINT name] EXCLUDE ...}: builds its index under the lock. */
  ADD_EXCLUDE,
  /**
   * {@code ADD COLUMN ... GENERATED ALWAYS AS (...) STORED}: the column's value is computed and
   * stored for every row.
   */
  ADD_STORED_GENERATED,
  /** {@code ADD COLUMN ... GENERATED ... AS IDENTITY}: a sequence value for every row. */
  ADD_IDENTITY,
  VALIDATE_CONSTRAINT,
  DROP_CONSTRAINT,
  RENAME_COLUMN,
  RENAME_TABLE,
  RENAME_CONSTRAINT,
  /** MySQL {@code ADD INDEX}, {@code ADD KEY}, {@code ADD FULLTEXT}, {@code ADD SPATIAL}. */
  ADD_INDEX,
  /** MySQL {@code DROP INDEX}, {@code DROP KEY}. */
  DROP_INDEX,
  /** MySQL {@code ALGORITHM=INSTANT|INPLACE|COPY|DEFAULT}: the value in upper case. */
  ALGORITHM,
  /** MySQL {@code LOCK=NONE|SHARED|EXCLUSIVE|DEFAULT}: the value in upper case. */
  LOCK,
  /**
   * MySQL {@code FORCE}, {@code ENGINE=}, {@code ROW_FORMAT=}, {@code CONVERT TO CHARACTER SET}:
   * the whole table is rebuilt.
   */
  REBUILD,
  /** MySQL {@code COMMENT 'text'} of a table or of a modified column: the text. */
  COMMENT,
  OTHER
}
