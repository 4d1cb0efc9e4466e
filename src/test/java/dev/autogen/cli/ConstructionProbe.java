package dev.autogen.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.change.custom.CustomSqlChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;

/**
 * A custom change that counts how often it is loaded and built: a change log under review names it,
 * and autogen must do neither.
 */
public final class ConstructionProbe implements CustomSqlChange {

  /** Read by the test without initialising the probe class itself. */
  static final class Counters {
    static final AtomicBoolean LOADED = new AtomicBoolean();
    static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    private Counters() {}
  }

  static {
    Counters.LOADED.set(true);
  }

  public ConstructionProbe() {
    Counters.CONSTRUCTED.incrementAndGet();
  }

  @Override
  public SqlStatement[] generateStatements(Database database) {
    return new SqlStatement[0];
  }

  @Override
  public String getConfirmationMessage() {
    return "probe";
  }

  @Override
  public void setUp() {}

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {}

  @Override
  public ValidationErrors validate(Database database) {
    return new ValidationErrors();
  }
}
