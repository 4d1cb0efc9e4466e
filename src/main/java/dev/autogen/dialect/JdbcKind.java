package dev.autogen.dialect;

/**
 * The dialect-neutral column kinds the entity reader derives from Java types, mirroring the JDBC
 * type codes Hibernate resolves before asking its dialect for a column type. Each dialect's {@link
 * TypeMapper} turns a kind plus size into its own {@link dev.autogen.model.SqlType}.
 */
public enum JdbcKind {
  BOOLEAN,
  TINYINT,
  SMALLINT,
  INTEGER,
  BIGINT,
  REAL,
  FLOAT,
  DOUBLE,
  NUMERIC,
  CHAR,
  VARCHAR,
  NCHAR,
  NVARCHAR,
  /** Unbounded character data, e.g. a String longer than the dialect's varchar capacity. */
  LONGVARCHAR,
  CLOB,
  NCLOB,
  BINARY,
  VARBINARY,
  LONGVARBINARY,
  BLOB,
  DATE,
  TIME,
  TIME_WITH_TIMEZONE,
  TIMESTAMP,
  TIMESTAMP_WITH_TIMEZONE,
  /** Hibernate's mapping of {@code java.time.Duration}. */
  INTERVAL_SECOND,
  UUID,
  JSON,
  XML
}
