package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.diff.*;
import java.util.List;

/**
 * Turns one classified change into plan items: which step carries which operations, and how each is
 * undone. Breaking changes are split so that every intermediate schema serves both application
 * versions. Each change family has its own planner; this class only dispatches.
 */
final class ChangePlanner implements ChangeVisitor<List<PlanItem>> {

  private final TablePlans tables;
  private final ColumnPlans columns;
  private final RenamePlans renames;
  private final ConstraintPlans constraints;
  private Items out;

  ChangePlanner(PlanSupport support) {
    // one planner of keys over renamed columns, for new tables' keys and for keys added alone
    MovedKeyPlans moved = new MovedKeyPlans(support);
    this.tables = new TablePlans(support, moved);
    this.columns = new ColumnPlans(support);
    this.renames = new RenamePlans(support);
    this.constraints = new ConstraintPlans(support, moved);
  }

  List<PlanItem> plan(Assessment a) {
    this.out = new Items(a);
    return a.change().accept(this);
  }

  @Override
  public List<PlanItem> visit(TableAdded c) {
    return tables.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(TableDropped c) {
    return tables.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(TableRenamed c) {
    return tables.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(SequenceAdded c) {
    return tables.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(SequenceDropped c) {
    return tables.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnAdded c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnDropped c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnTypeChanged c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnNullabilityChanged c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnDefaultChanged c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnIdentityChanged c) {
    return columns.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ColumnRenamed c) {
    return renames.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(IndexAdded c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(IndexDropped c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(UniqueAdded c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(UniqueDropped c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(PrimaryKeyAdded c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(PrimaryKeyDropped c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ForeignKeyAdded c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(ForeignKeyDropped c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(CheckAdded c) {
    return constraints.plan(c, out);
  }

  @Override
  public List<PlanItem> visit(CheckDropped c) {
    return constraints.plan(c, out);
  }
}
