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
  /**
   * Hibernate's {@code SqlTypes.LONGVARCHAR}: a varchar whose length defaults to {@link
   * #LONG_LENGTH}, typed by its length like a {@link #VARCHAR} (text on MySQL beyond its varchar).
   */
  LONGVARCHAR,
  /** Hibernate's {@code SqlTypes.LONG32VARCHAR}: the dialect's largest character type. */
  LONG32VARCHAR,
  CLOB,
  NCLOB,
  BINARY,
  VARBINARY,
  /** Hibernate's {@code SqlTypes.LONGVARBINARY}: {@link #VARBINARY} sized {@link #LONG_LENGTH}. */
  LONGVARBINARY,
  /** Hibernate's {@code SqlTypes.LONG32VARBINARY}: the dialect's largest binary type. */
  LONG32VARBINARY,
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
  XML;

  /**
   * The length of a {@link #LONGVARCHAR} or {@link #LONGVARBINARY} column that states none:
   * Hibernate's {@code Length.LONG}, which its size strategy gives these kinds.
   */
  public static final int LONG_LENGTH = 32_600;
}
