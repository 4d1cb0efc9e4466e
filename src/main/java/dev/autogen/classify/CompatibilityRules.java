package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.*;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;

/**
 * One rule per change kind: the verdict for the old code and the hazards of applying it. Each
 * reason is one sentence a reviewer can check against the running application. The rules live in
 * three families (tables, columns, constraints); this visitor only routes, so that a new change
 * kind fails to compile here until a family judges it.
 */
final class CompatibilityRules implements ChangeVisitor<Judgement> {

  private final TableRules tables;
  private final ColumnRules columns;
  private final ConstraintRules constraints;

  CompatibilityRules(
      Dialect dialect,
      Map<Identifier, TableStatistics> statistics,
      List<Change> all,
      java.util.Set<dev.autogen.model.UnwrittenColumn> unwritten,
      List<dev.autogen.model.PartitionKey> partitionKeys) {
    var facts = new RuleFamily.Facts(dialect, statistics, all);
    this.tables = new TableRules(facts);
    this.columns = new ColumnRules(facts, unwritten);
    this.constraints = new ConstraintRules(facts, partitionKeys);
  }

  @Override
  public Judgement visit(TableAdded c) {
    return tables.visit(c);
  }

  @Override
  public Judgement visit(TableDropped c) {
    return tables.visit(c);
  }

  @Override
  public Judgement visit(TableRenamed c) {
    return tables.visit(c);
  }

  @Override
  public Judgement visit(ColumnAdded c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnDropped c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnRenamed c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnTypeChanged c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnNullabilityChanged c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnDefaultChanged c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(ColumnIdentityChanged c) {
    return columns.visit(c);
  }

  @Override
  public Judgement visit(IndexAdded c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(IndexDropped c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(UniqueAdded c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(UniqueDropped c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(PrimaryKeyAdded c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(PrimaryKeyDropped c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(ForeignKeyAdded c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(ForeignKeyDropped c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(CheckAdded c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(CheckDropped c) {
    return constraints.visit(c);
  }

  @Override
  public Judgement visit(SequenceAdded c) {
    return tables.visit(c);
  }

  @Override
  public Judgement visit(SequenceDropped c) {
    return tables.visit(c);
  }
}
