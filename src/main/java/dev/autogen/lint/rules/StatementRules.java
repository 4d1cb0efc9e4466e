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
        new ColumnTypeChange(
            online
                ? "copies the table while its writes wait"
                : "rewrites the table while reads and writes wait",
            metadataOnly(dialect));
    List<StatementRule> rules = new ArrayList<>();
    if (c.concurrentIndex()) {
      rules.add(new StatementRule(IndexNotConcurrent.rule(tool), new IndexNotConcurrent()));
    }
    if (c.onlineIndexBuild()) {
      rules.add(new StatementRule(IndexNotOnline.RULE, new IndexNotOnline()));
    }
    if (c.notValidConstraints()) {
      rules.add(new StatementRule(ForeignKeyNotValid.RULE, new ForeignKeyNotValid()));
      rules.add(new StatementRule(CheckNotValid.RULE, new CheckNotValid()));
      rules.add(new StatementRule(ValidateInSameTransaction.RULE, new ValidateInSameTransaction()));
      rules.add(new StatementRule(SetNotNullWithoutCheck.RULE, new SetNotNullWithoutCheck()));
    } else if (online) {
      rules.add(new StatementRule(ForeignKeyCopy.RULE, new ForeignKeyCopy()));
    }
    if (online) {
      rules.add(new StatementRule(OnlineAlterMissing.RULE, new OnlineAlterMissing(c, typeChange)));
    }
    rules.add(
        new StatementRule(NotNullColumnWithoutDefault.RULE, new NotNullColumnWithoutDefault()));
    rules.add(
        new StatementRule(online ? ColumnTypeChange.COPY : ColumnTypeChange.REWRITE, typeChange));
    if (!online) {
      // where ALTER TABLE states its algorithm, a default the server cannot add instantly makes
      // ALGORITHM=INSTANT fail: alter-not-online covers it
      rules.add(
          new StatementRule(VolatileDefault.RULE, new VolatileDefault(c.fastDefaultAddColumn())));
      rules.add(new StatementRule(DefaultVolatilityUnknown.RULE, new DefaultVolatilityUnknown()));
      rules.add(new StatementRule(StoredGeneratedColumn.RULE, new StoredGeneratedColumn()));
    }
    if (c.uniqueUsingIndex()) {
      rules.add(new StatementRule(ConstraintBuildsIndex.rule(tool), new ConstraintBuildsIndex()));
      rules.add(new StatementRule(PrimaryKeySetsNotNull.RULE, new PrimaryKeySetsNotNull()));
    }
    rules.add(new StatementRule(RenameColumn.RULE, new RenameColumn()));
    rules.add(new StatementRule(RenameTable.RULE, new RenameTable()));
    rules.add(new StatementRule(DropColumn.RULE, new DropColumn()));
    rules.add(new StatementRule(DropTable.RULE, new DropTable()));
    if (c.transactionalDdl()) {
      rules.add(new StatementRule(DataAndSchemaChange.RULE, new DataAndSchemaChange()));
    } else {
      rules.add(new StatementRule(NonAtomicMigration.RULE, new NonAtomicMigration()));
    }
    rules.add(
        new StatementRule(
            LockTimeoutMissing.rule(dialect.scriptConventions()),
            new LockTimeoutMissing(dialect.scriptConventions())));
    if (online) {
      rules.add(new StatementRule(TableRebuild.RULE, new TableRebuild()));
    }
    // VACUUM and CLUSTER exist only in PostgreSQL's SQL: these never match another dialect's file
    rules.add(new StatementRule(VacuumFull.RULE, new VacuumFull()));
    rules.add(new StatementRule(ClusterTable.RULE, new ClusterTable()));
    if (c.concurrentIndex()) {
      rules.add(new StatementRule(ReindexNotConcurrent.RULE, new ReindexNotConcurrent()));
    }
    rules.add(new StatementRule(TruncateTable.RULE, new TruncateTable()));
    rules.add(new StatementRule(DropDatabase.RULE, new DropDatabase()));
    if (c.transactionalDdl()) {
      // the statements PostgreSQL refuses in a transaction block; MySQL has no transactional DDL
      rules.add(new StatementRule(DropSchemaCascade.RULE, new DropSchemaCascade()));
      rules.add(
          new StatementRule(
              NonTransactionalInTransaction.rule(tool),
              new NonTransactionalInTransaction(c.enumAddValueInTransaction(), tool)));
      // MySQL commits each DDL statement itself, so a COMMIT there changes no atomicity the file
      // had (non-atomic-migration covers that)
      rules.add(
          new StatementRule(TransactionEndedEarly.rule(tool), new TransactionEndedEarly(tool)));
      rules.add(new StatementRule(TransactionNesting.rule(tool), new TransactionNesting(tool)));
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
