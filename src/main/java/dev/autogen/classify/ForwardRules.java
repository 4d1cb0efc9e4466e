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
    return oldSchemaLacks("reads and writes " + c.table().name());
  }

  @Override
  public Verdict visit(TableDropped c) {
    return noLongerUses(c.table().name().toString());
  }

  @Override
  public Verdict visit(TableRenamed c) {
    return oldSchemaLacks("uses the name " + c.to());
  }

  @Override
  public Verdict visit(ColumnAdded c) {
    return oldSchemaLacks("reads and writes " + c.table() + "." + c.column().name());
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
    return noLongerUses(c.table() + "." + col.name());
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
    return acceptedAnyway("writes no duplicates");
  }

  @Override
  public Verdict visit(UniqueDropped c) {
    return oldConstraintRejects("duplicates that", "unique constraint " + c.unique().name());
  }

  @Override
  public Verdict visit(PrimaryKeyAdded c) {
    return acceptedAnyway("writes unique ids");
  }

  @Override
  public Verdict visit(PrimaryKeyDropped c) {
    return oldConstraintRejects("rows", "primary key of " + c.table());
  }

  @Override
  public Verdict visit(ForeignKeyAdded c) {
    return acceptedAnyway("keeps the references valid");
  }

  @Override
  public Verdict visit(ForeignKeyDropped c) {
    return oldConstraintRejects("references", "foreign key " + c.foreignKey().name());
  }

  @Override
  public Verdict visit(CheckAdded c) {
    return Verdict.safe(
        "The new code satisfies the check, which the old schema does not even ask for.");
  }

  @Override
  public Verdict visit(CheckDropped c) {
    return oldConstraintRejects("values", "check (" + c.check().expression() + ")");
  }

  @Override
  public Verdict visit(SequenceAdded c) {
    return oldSchemaLacks("draws ids from " + c.sequence().name());
  }

  @Override
  public Verdict visit(SequenceDropped c) {
    return Verdict.safe("The new code no longer draws ids from " + c.sequence().name() + ".");
  }

  /** The new code needs what the change adds. */
  private static Verdict oldSchemaLacks(String use) {
    return Verdict.breaking("The new code " + use + ", which the old schema lacks.");
  }

  /** The change drops what the new code no longer touches. */
  private static Verdict noLongerUses(String name) {
    return Verdict.safe("The new code no longer uses " + name + ".");
  }

  /** The change adds a constraint the new code already keeps; the old schema does not mind. */
  private static Verdict acceptedAnyway(String keeps) {
    return Verdict.safe("The new code " + keeps + ", which the old schema accepts anyway.");
  }

  /** The change drops a constraint: the old schema still has it and may reject the new writes. */
  private static Verdict oldConstraintRejects(String writes, String constraint) {
    return Verdict.breaking(
        "The new code may write " + writes + " the old " + constraint + " rejects.");
  }

  private static boolean requiredOnInsert(Column col) {
    return !col.nullable() && col.defaultExpression().isEmpty() && col.identity().isEmpty();
  }
}
