package dev.autogen.dialect.postgres;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;

/** Builds the PostgreSQL {@link Dialect}; the facts assume a supported server (12 or newer). */
public final class PostgresDialect {

  public static final String NAME = "postgres";

  private PostgresDialect() {}

  public static Dialect create() {
    return new Dialect(
        NAME,
        new Capabilities(true, true, true, true, true, true, true, true),
        new PostgresTypeMapper(),
        new PostgresIdentifierRules(),
        new PostgresExpressionRules());
  }
}
