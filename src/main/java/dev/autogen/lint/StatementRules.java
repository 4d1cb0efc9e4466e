package dev.autogen.lint;

import dev.autogen.dialect.Dialect;
import java.util.List;

/** The statement rules, in the order their findings are listed for one statement. */
final class StatementRules {
  private StatementRules() {}

  static List<StatementRule> all(Dialect dialect) {
    return List.of(
        new IndexNotConcurrent(),
        new ForeignKeyNotValid(),
        new CheckNotValid(),
        new ValidateInSameTransaction(),
        new SetNotNullWithoutCheck(),
        new NotNullColumnWithoutDefault(),
        new ColumnTypeChange(
            (from, to) -> {
              try {
                return dialect
                    .types()
                    .isMetadataOnlyChange(dialect.types().parse(from), dialect.types().parse(to));
              } catch (RuntimeException e) {
                // a type the mapper cannot read: assume the worst
                return false;
              }
            }),
        new VolatileDefault(),
        new RenameColumn(),
        new RenameTable(),
        new DropColumn(),
        new DropTable(),
        new DataAndSchemaChange(),
        new LockTimeoutMissing(),
        new VacuumFull(),
        new ClusterTable(),
        new ReindexNotConcurrent());
  }
}
