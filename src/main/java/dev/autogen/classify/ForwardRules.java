package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.*;
import dev.autogen.model.Column;

/**
 * The forward question for every change kind: does the <em>new</em> code run on the <em>old</em>
 * schema? It does when the change only removes or tightens what the new code no longer needs; it
 * does not when the new code uses what the change adds or relaxes. This decides whether the new
 * version may be deployed before the migration runs, or kept after a schema downgrade.
 */
final class ForwardRules implements ChangeVisitor<Verdict> {

  private final Dialect dialect;

  ForwardRules(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public Verdict visit(TableAdded c) {
    return Verdict.breaking(
        "The new code reads and writes " + c.table().name() + ", which the old schema lacks.");
  }

  @Override
  public Verdict visit(TableDropped c) {
    return Verdict.safe("The new code no longer uses " + c.table().name() + ".");
  }

  @Override
  public Verdict visit(TableRenamed c) {
    return Verdict.breaking(
        "The new code uses the name " + c.to() + ", which the old schema lacks.");
  }

  @Override
  public Verdict visit(ColumnAdded c) {
    return Verdict.breaking(
        "The new code reads and writes "
            + c.table()
            + "."
            + c.column().name()
            + ", which the old schema lacks.");
  }

  @Override
  public Verdict visit(ColumnDropped c) {
    Column col = c.column();
    if (requiredOnInsert(col)) {
      return Verdict.breaking(
          "The new code inserts without "
              + col.name()
              + ", which the old schema requires (NOT NULL without a default).");
    }
    return Verdict.safe("The new code no longer uses " + c.table() + "." + col.name() + ".");
  }

  @Override
  public Verdict visit(ColumnRenamed c) {
    return Verdict.breaking(
        "The new code uses "
            + c.after().name()
            + ", which the old schema calls "
            + c.before().name()
            + ".");
  }

  @Override
  public Verdict visit(ColumnTypeChanged c) {
    String name = c.table() + "." + c.after().name();
    if (dialect.types().isWidening(c.after().type(), c.before().type())) {
      return Verdict.safe("Every value the new code writes into " + name + " fits the old type.");
    }
    return Verdict.breaking(
        "The new code may write values into "
            + name
            + " that the old type "
            + dialect.types().render(c.before().type())
            + " rejects.");
  }

  @Override
  public Verdict visit(ColumnNullabilityChanged c) {
    String name = c.table() + "." + c.after().name();
    if (c.after().nullable()) {
      return Verdict.breaking(
          "The new code may write NULL into " + name + ", which the old schema rejects.");
    }
    return Verdict.safe(
        "The new code always writes " + name + ", which the old schema also accepts.");
  }

  @Override
  public Verdict visit(ColumnDefaultChanged c) {
    Column before = c.before();
    if (c.after().defaultExpression().isPresent() && requiredOnInsert(before)) {
      return Verdict.breaking(
          "The new code may insert without "
              + before.name()
              + ", relying on a default the old schema does not have.");
    }
    return Verdict.safe(
        "The new code's inserts do not depend on the default of " + before.name() + ".");
  }

  @Override
  public Verdict visit(ColumnIdentityChanged c) {
    if (c.after().identity().isPresent()) {
      return Verdict.breaking(
          "The new code expects the database to generate "
              + c.after().name()
              + "; the old schema does not.");
    }
    return Verdict.safe(
        "The new code sends " + c.after().name() + " itself, which the old schema accepts.");
  }

  @Override
  public Verdict visit(IndexAdded c) {
    return Verdict.safe("An index changes no result the new code sees.");
  }

  @Override
  public Verdict visit(IndexDropped c) {
    return Verdict.safe("The old schema's extra index changes no result the new code sees.");
  }

  @Override
  public Verdict visit(UniqueAdded c) {
    return Verdict.safe("The new code writes no duplicates, which the old schema accepts anyway.");
  }

  @Override
  public Verdict visit(UniqueDropped c) {
    return Verdict.breaking(
        "The new code may write duplicates that the old unique constraint "
            + c.unique().name()
            + " rejects.");
  }

  @Override
  public Verdict visit(PrimaryKeyAdded c) {
    return Verdict.safe("The new code writes unique ids, which the old schema accepts anyway.");
  }

  @Override
  public Verdict visit(PrimaryKeyDropped c) {
    return Verdict.breaking(
        "The new code may write rows the old primary key of " + c.table() + " rejects.");
  }

  @Override
  public Verdict visit(ForeignKeyAdded c) {
    return Verdict.safe(
        "The new code keeps the references valid, which the old schema accepts anyway.");
  }

  @Override
  public Verdict visit(ForeignKeyDropped c) {
    return Verdict.breaking(
        "The new code may write references the old foreign key "
            + c.foreignKey().name()
            + " rejects.");
  }

  @Override
  public Verdict visit(CheckAdded c) {
    return Verdict.safe(
        "The new code satisfies the check, which the old schema does not even ask for.");
  }

  @Override
  public Verdict visit(CheckDropped c) {
    return Verdict.breaking(
        "The new code may write values the old check (" + c.check().expression() + ") rejects.");
  }

  @Override
  public Verdict visit(SequenceAdded c) {
    return Verdict.breaking(
        "The new code draws ids from " + c.sequence().name() + ", which the old schema lacks.");
  }

  @Override
  public Verdict visit(SequenceDropped c) {
    return Verdict.safe("The new code no longer draws ids from " + c.sequence().name() + ".");
  }

  private static boolean requiredOnInsert(Column col) {
    return !col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty();
  }
}
