package dev.autogen.devdb;

import java.util.concurrent.atomic.AtomicBoolean;
import liquibase.Scope;
import liquibase.change.AbstractChange;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;

/**
 * What a {@code customChange} of a change log becomes in autogen: its class name, never its class.
 * Liquibase's own {@code CustomChangeWrapper} loads and constructs the named class while it parses
 * (any public class with a no-argument constructor on autogen's class path), before autogen can
 * look at the change; a change log under review is untrusted, so this change takes its name with a
 * higher priority, reads the name alone, and refuses to produce SQL. autogen runs no change's Java
 * code anywhere: lint, the dev replay and verify all parse through here.
 */
@DatabaseChange(
    name = "customChange",
    description = "A customChange, its class named but never loaded",
    priority = ChangeMetaData.PRIORITY_DEFAULT + 100)
public final class UnloadedCustomChange extends AbstractChange {

  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private String className = "";

  /** Makes every later parse in this JVM read {@code customChange} through this class. */
  static void install() {
    if (INSTALLED.compareAndSet(false, true)) {
      Scope.getCurrentScope()
          .getSingleton(ChangeFactory.class)
          .register(new UnloadedCustomChange());
    }
  }

  /** The class the change log names. */
  public String getClassName() {
    return className;
  }

  @Override
  public void load(ParsedNode node, ResourceAccessor resources) throws ParsedNodeException {
    String named = node.getChildValue(null, "class", String.class);
    className = named == null ? "" : named;
  }

  @Override
  public boolean supports(Database database) {
    return true;
  }

  @Override
  public SqlStatement[] generateStatements(Database database) {
    // Liquibase asks while it validates the whole change log, before any changeset runs: only the
    // change itself can say which of the many included files to look at
    String changeSet = getChangeSet() == null ? "" : RunningChangeSet.name(getChangeSet()) + ": ";
    throw new UnexpectedLiquibaseException(
        changeSet + "customChange " + className + " runs Java code; autogen runs none");
  }

  @Override
  public String getConfirmationMessage() {
    return "customChange " + className + " not run";
  }
}
