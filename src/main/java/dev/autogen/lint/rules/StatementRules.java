package dev.autogen.lint.rules;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.lint.MigrationTool;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement rules for a dialect, in the order their findings are listed for one statement.
 * Which rules apply follows the dialect's capabilities: a rule whose safe alternative the database
 * lacks (CONCURRENTLY, NOT VALID) or whose hazard it does not have (a data change holding DDL locks
 * needs transactional DDL) is left out, so PostgreSQL advice never reaches a MySQL file and the
 * other way round.
 */
public final class StatementRules {
  private StatementRules() {}

  /** The rules for a Flyway project. */
  public static List<StatementRule> all(Dialect dialect) {
    return all(dialect, MigrationTool.FLYWAY);
  }

  /** The rules, their wording naming the tool that runs the migrations. */
  public static List<StatementRule> all(Dialect dialect, MigrationTool tool) {
    Capabilities c = dialect.capabilities();
    boolean online = c.onlineAlterClauses();
    ColumnTypeChange typeChange =
        online
            ? new ColumnTypeChange(
                ColumnTypeChange.COPY,
                "copies the table while its writes wait",
                metadataOnly(dialect))
            : new ColumnTypeChange(
                ColumnTypeChange.REWRITE,
                "rewrites the table while reads and writes wait",
                metadataOnly(dialect));
    List<StatementRule> rules = new ArrayList<>();
    if (c.concurrentIndex()) {
      rules.add(new IndexNotConcurrent(tool));
    }
    if (c.onlineIndexBuild()) {
      rules.add(new IndexNotOnline());
    }
    if (c.notValidConstraints()) {
      rules.add(new ForeignKeyNotValid());
      rules.add(new CheckNotValid());
      rules.add(new ValidateInSameTransaction());
      rules.add(new SetNotNullWithoutCheck());
    } else if (online) {
      rules.add(new ForeignKeyCopy());
    }
    if (online) {
      rules.add(new OnlineAlterMissing(c, typeChange));
    }
    rules.add(new NotNullColumnWithoutDefault());
    rules.add(typeChange);
    if (!online) {
      // where ALTER TABLE states its algorithm, a default the server cannot add instantly makes
      // ALGORITHM=INSTANT fail: alter-not-online covers it
      rules.add(new VolatileDefault(c.fastDefaultAddColumn()));
      rules.add(new DefaultVolatilityUnknown());
      rules.add(new StoredGeneratedColumn());
    }
    if (c.uniqueUsingIndex()) {
      rules.add(new ConstraintBuildsIndex(tool));
      rules.add(new PrimaryKeySetsNotNull());
    }
    rules.add(new RenameColumn());
    rules.add(new RenameTable());
    rules.add(new DropColumn());
    rules.add(new DropTable());
    if (c.transactionalDdl()) {
      rules.add(new DataAndSchemaChange());
    } else {
      rules.add(new NonAtomicMigration());
    }
    rules.add(new LockTimeoutMissing(dialect.scriptConventions()));
    if (online) {
      rules.add(new TableRebuild());
    }
    // VACUUM and CLUSTER exist only in PostgreSQL's SQL: these never match another dialect's file
    rules.add(new VacuumFull());
    rules.add(new ClusterTable());
    if (c.concurrentIndex()) {
      rules.add(new ReindexNotConcurrent());
    }
    rules.add(new TruncateTable());
    rules.add(new DropDatabase());
    if (c.transactionalDdl()) {
      // the statements PostgreSQL refuses in a transaction block; MySQL has no transactional DDL
      rules.add(new DropSchemaCascade());
      rules.add(new NonTransactionalInTransaction(c.enumAddValueInTransaction(), tool));
      // MySQL commits each DDL statement itself, so a COMMIT there changes no atomicity the file
      // had (non-atomic-migration covers that)
      rules.add(new TransactionEndedEarly(tool));
      rules.add(new TransactionNesting(tool));
    }
    return List.copyOf(rules);
  }

  private static java.util.function.BiPredicate<String, String> metadataOnly(Dialect dialect) {
    return (from, to) -> {
      try {
        return dialect
            .types()
            .isMetadataOnlyChange(dialect.types().parse(from), dialect.types().parse(to));
      } catch (RuntimeException e) {
        // a type the mapper cannot read: assume the worst
        return false;
      }
    };
  }
}
