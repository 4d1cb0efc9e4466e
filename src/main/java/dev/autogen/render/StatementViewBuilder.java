package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Table;
import dev.autogen.plan.*;
import dev.autogen.render.StatementViews.CheckDef;
import dev.autogen.render.StatementViews.ColumnDef;
import dev.autogen.render.StatementViews.ColumnRef;
import dev.autogen.render.StatementViews.Constraint;
import dev.autogen.render.StatementViews.ConstraintRef;
import dev.autogen.render.StatementViews.TableElement;
import dev.autogen.render.StatementViews.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Turns each operation into the view its template renders: the one place where identifiers are
 * quoted and types spelled for SQL.
 */
final class StatementViewBuilder implements OperationVisitor<Object> {

  private final Dialect dialect;
  private final ValueSql values;
  private final CheckViews checks;
  private final OnlineClauses online;
  private final BiFunction<String, Object, String> templates;

  /** The tables changed only by copies, for the key kept as a hash they hold. */
  private final LongUniqueTables longUniques;

  private final Set<String> readingColumns;

  /** What current columns have beyond the model, by table and column. */
  private final AttributesByColumn attributes;

  /** The spellings the entities give columns the plan creates or retypes, by table and column. */
  private final AttributesByColumn desired;

  /**
   * @param templates renders a kind's template on a view, for operations that carry another one
   * @param attributes what current columns have beyond the model, restated by {@code MODIFY}
   * @param desired the declared types the entities give columns the plan creates or retypes
   * @param readingColumns the user expressions that read a column of the row
   */
  StatementViewBuilder(
      Dialect dialect,
      BiFunction<String, Object, String> templates,
      List<ColumnAttributes> attributes,
      List<ColumnAttributes> desired,
      Set<String> readingColumns) {
    this(
        dialect,
        templates,
        new AttributesByColumn(attributes),
        new AttributesByColumn(desired),
        readingColumns,
        LongUniqueTables.none());
  }

  private StatementViewBuilder(
      Dialect dialect,
      BiFunction<String, Object, String> templates,
      AttributesByColumn attributes,
      AttributesByColumn desired,
      Set<String> readingColumns,
      LongUniqueTables longUniques) {
    this.dialect = dialect;
    this.templates = templates;
    this.attributes = attributes;
    this.desired = desired;
    this.online = new OnlineClauses(dialect.capabilities());
    this.values = new ValueSql(dialect);
    this.checks = new CheckViews(dialect, readingColumns);
    this.longUniques = longUniques;
    this.readingColumns = readingColumns;
  }

  /** This builder for a step whose tables holding a key kept as a hash are {@code tables}. */
  StatementViewBuilder on(LongUniqueTables tables) {
    return new StatementViewBuilder(
        dialect, templates, attributes, desired, readingColumns, tables);
  }

  /** The clauses of {@code op}: copies on a table holding a key kept as a hash. */
  private OnlineClauses online(Operation op) {
    return longUniques.copiedTable(op).isPresent() ? online.copying() : online;
  }

  private String q(Identifier id) {
    return dialect.quote(id);
  }

  private String list(List<Identifier> ids) {
    return ids.stream().map(this::q).collect(Collectors.joining(", "));
  }

  /**
   * The whole column of {@code table}, with what the current column has beyond the model (a
   * character set and collation only while the type has them: an {@code int} has none).
   */
  private ColumnDef column(Identifier table, Column c) {
    Optional<ColumnAttributes> kept = attributes.get(table, c.name());
    boolean collates = dialect.types().hasCollation(c.type());
    return new ColumnDef(
        q(c.name()),
        type(table, c.name(), c.type()),
        c.identity().filter(Identity.BY_DEFAULT::equals).isPresent(),
        c.identity().filter(Identity.ALWAYS::equals).isPresent(),
        c.defaultExpression().map(dialect.expressions()::writtenDefault),
        !c.nullable(),
        kept.flatMap(ColumnAttributes::characterSet).filter(x -> collates),
        kept.flatMap(ColumnAttributes::collation).filter(x -> collates),
        kept.flatMap(ColumnAttributes::comment).map(dialect.expressions()::literal));
  }

  /**
   * {@code type} of {@code column} as SQL: as the current column spells it when it is the column's
   * own type (a display width, which the canonical type drops), else as the entities declare it
   * when it is the type they give the column, else the dialect's spelling.
   */
  private String type(Identifier table, Identifier column, dev.autogen.model.SqlType type) {
    return declared(attributes.get(table, column), type)
        .or(() -> declared(desired.get(table, column), type))
        .orElseGet(() -> dialect.types().render(type));
  }

  private Optional<String> declared(
      Optional<ColumnAttributes> spelled, dev.autogen.model.SqlType type) {
    return spelled
        .flatMap(ColumnAttributes::declaredType)
        .filter(declared -> dialect.types().parse(declared).equals(type));
  }

  private Optional<String> action(ReferentialAction action) {
    return action == ReferentialAction.NO_ACTION ? Optional.empty() : Optional.of(action.sql());
  }

  @Override
  public Object visit(CreateTable op) {
    Table t = op.table();
    List<TableElement> parts = new ArrayList<>();
    t.columns().forEach(c -> parts.add(TableElement.of(column(t.name(), c))));
    t.primaryKey()
        .ifPresent(
            pk ->
                parts.add(
                    TableElement.of(
                        new StatementViews.PrimaryKey(
                            pk.name().map(this::q), list(pk.columns())))));
    t.uniques()
        .forEach(u -> parts.add(TableElement.of(new Constraint(q(u.name()), list(u.columns())))));
    t.checks().forEach(c -> parts.add(TableElement.of(new CheckDef(q(c.name()), c.condition()))));
    if (!parts.isEmpty()) {
      parts.add(parts.remove(parts.size() - 1).last());
    }
    return new StatementViews.CreateTable(q(t.name()), parts);
  }

  @Override
  public Object visit(DropTable op) {
    return new TableRef(q(op.table().name()));
  }

  @Override
  public Object visit(RenameTable op) {
    return new StatementViews.Rename(
        q(op.from()), q(op.to()), dialect.expressions().literal(op.from().value()));
  }

  @Override
  public Object visit(RenameColumn op) {
    return new StatementViews.RenameColumn(
        q(op.table()), q(op.from()), q(op.to()), online(op).renameColumn(), online.guarded());
  }

  @Override
  public Object visit(RenameIndex op) {
    return new StatementViews.RenameIndex(
        q(op.table()), q(op.from()), q(op.to()), online(op).index());
  }

  @Override
  public Object visit(CreateCompatibilityView op) {
    return new StatementViews.View(q(op.view()), q(op.table()));
  }

  @Override
  public Object visit(DropView op) {
    return new StatementViews.ViewRef(q(op.view()));
  }

  @Override
  public Object visit(AddColumn op) {
    return new StatementViews.AddColumn(
        q(op.table()), column(op.table(), op.column()), online(op).addColumn(), online.guarded());
  }

  @Override
  public Object visit(DropColumn op) {
    return change(op.table(), op.column().name(), Optional.empty(), online(op).dropColumn());
  }

  @Override
  public Object visit(AlterColumnType op) {
    return new StatementViews.AlterType(
        q(op.table()),
        q(op.column().name()),
        type(op.table(), op.column().name(), op.type()),
        values.plain(op.using()),
        column(
            op.table(),
            new Column(
                op.column().name(),
                op.type(),
                op.column().nullable(),
                op.column().defaultExpression(),
                op.column().identity())),
        online(op)
            .typeChange(
                op.from()
                    .filter(f -> dialect.types().isMetadataOnlyChange(f, op.type()))
                    .isPresent()));
  }

  @Override
  public Object visit(SetNotNull op) {
    return change(op.table(), op.column(), op.definition(), online(op).nullability());
  }

  @Override
  public Object visit(DropNotNull op) {
    return change(op.table(), op.column(), op.definition(), online(op).nullability());
  }

  @Override
  public Object visit(SetDefault op) {
    return new StatementViews.SetDefault(
        q(op.table()),
        q(op.column()),
        dialect.expressions().writtenDefault(op.expression()),
        online(op).columnDefault());
  }

  @Override
  public Object visit(SetSequenceDefault op) {
    return new StatementViews.SequenceDefault(
        q(op.table()), q(op.column()), q(op.sequence()), name(op.sequence()));
  }

  /** The sequence's quoted name as a string literal, for functions that take it as text. */
  private String name(Identifier sequence) {
    return dialect.expressions().literal(q(sequence));
  }

  @Override
  public Object visit(DropDefault op) {
    return change(op.table(), op.column(), Optional.empty(), online(op).columnDefault());
  }

  @Override
  public Object visit(AddIdentity op) {
    return new StatementViews.Identity(
        q(op.table()),
        q(op.column()),
        op.identity() == Identity.BY_DEFAULT,
        op.identity() == Identity.ALWAYS,
        op.definition().map(c -> column(op.table(), c)),
        online(op).identityAdded());
  }

  @Override
  public Object visit(DropIdentity op) {
    return change(op.table(), op.column(), op.definition(), online(op).identityDropped());
  }

  @Override
  public Object visit(CreateIndex op) {
    return index(op.table(), op.index(), op.concurrently(), online(op));
  }

  @Override
  public Object visit(DropIndex op) {
    return index(op.table(), op.index(), op.concurrently(), online(op));
  }

  private StatementViews.Index index(
      Identifier table, dev.autogen.model.Index index, boolean c, OnlineClauses clauses) {
    return new StatementViews.Index(
        q(table),
        q(index.name()),
        list(index.columns()),
        index.unique(),
        c,
        index.opaqueDefinition(),
        clauses.index(),
        online.guarded());
  }

  @Override
  public Object visit(AddUnique op) {
    return new StatementViews.AddUnique(
        q(op.table()),
        q(op.unique().name()),
        list(op.unique().columns()),
        op.usingIndex().map(this::q),
        online(op).key(op.copiesTable()),
        online.guarded());
  }

  @Override
  public Object visit(AddPrimaryKey op) {
    return new StatementViews.AddPrimaryKey(
        q(op.table()),
        op.primaryKey().name().map(this::q),
        list(op.primaryKey().columns()),
        op.usingIndex().map(this::q),
        op.replacing().map(this::q),
        online(op).index());
  }

  @Override
  public Object visit(AddForeignKey op) {
    var fk = op.foreignKey();
    return new StatementViews.AddForeignKey(
        q(op.table()),
        q(fk.name()),
        list(fk.columns()),
        q(fk.referencedTable()),
        list(fk.referencedColumns()),
        action(fk.onDelete()),
        action(fk.onUpdate()),
        op.notValid(),
        online(op).foreignKey(),
        online(op).foreignKeyUnchecked(),
        online.guarded());
  }

  @Override
  public Object visit(AddCheck op) {
    return new StatementViews.AddCheck(
        q(op.table()),
        q(op.check().name()),
        op.check().condition(),
        op.notValid(),
        online(op).check(),
        online.guarded());
  }

  @Override
  public Object visit(ValidateConstraint op) {
    return new ConstraintRef(q(op.table()), q(op.constraint()), "", online.guarded(), false);
  }

  @Override
  public Object visit(DropConstraint op) {
    return new ConstraintRef(
        q(op.table()),
        q(op.constraint()),
        online(op).key(op.copiesTable()),
        online.guarded(),
        op.foreignKey());
  }

  @Override
  public Object visit(AdvanceSequence op) {
    return createSequence(op.sequence(), Optional.of(new ColumnRef(q(op.table()), q(op.column()))));
  }

  @Override
  public Object visit(CreateSequence op) {
    return createSequence(
        op.sequence(), op.restartPast().map(c -> new ColumnRef(q(c.table()), q(c.column()))));
  }

  /** {@code restartPast}: the quoted id column whose values the sequence continues after. */
  private StatementViews.CreateSequence createSequence(
      dev.autogen.model.Sequence s, Optional<ColumnRef> restartPast) {
    return new StatementViews.CreateSequence(
        q(s.name()), name(s.name()), s.start(), s.increment(), restartPast);
  }

  @Override
  public Object visit(DropSequence op) {
    return sequence(op.sequence());
  }

  private StatementViews.Sequence sequence(dev.autogen.model.Sequence s) {
    return new StatementViews.Sequence(q(s.name()), s.start(), s.increment());
  }

  @Override
  public Object visit(Backfill op) {
    return new StatementViews.Backfill(
        q(op.table()), q(op.column()), values.plain(op.value()), values.sourceColumn(op.value()));
  }

  @Override
  public Object visit(ConvertValues op) {
    String column = q(op.mapping().column());
    EnumCase conversion = EnumCase.of(op.mapping(), column, dialect);
    return new StatementViews.ConvertValues(
        q(op.table()), column, conversion.value(), conversion.pending());
  }

  @Override
  public Object visit(CreateSyncTrigger op) {
    StatementViews.SyncTriggerRef names = syncTriggers(op.table(), op.oldColumn(), op.newColumn());
    return new StatementViews.SyncTrigger(
        names.table(),
        names.trigger(),
        names.function(),
        names.insertTrigger(),
        names.updateTrigger(),
        q(op.oldColumn().name()),
        q(op.newColumn().name()),
        values.overNewRow(op.toNew()),
        values.overNewRow(op.toOld()),
        op.fillsUnset());
  }

  @Override
  public Object visit(DropSyncTrigger op) {
    return syncTriggers(op.table(), op.oldColumn(), op.newColumn());
  }

  /**
   * The quoted names of what keeps {@code oldColumn} and {@code newColumn} in step: one name for
   * the trigger and its function, and the insert and update triggers where a server needs two.
   */
  private StatementViews.SyncTriggerRef syncTriggers(
      Identifier table, Column oldColumn, Column newColumn) {
    String name = syncName(table, oldColumn, newColumn);
    return new StatementViews.SyncTriggerRef(
        q(table),
        name,
        name,
        syncName(table, oldColumn, newColumn, "_ins"),
        syncName(table, oldColumn, newColumn, "_upd"));
  }

  @Override
  public Object visit(BatchedBackfill op) {
    return checks.batched(op);
  }

  @Override
  public Object visit(BatchedConvertValues op) {
    return checks.batched(op);
  }

  @Override
  public Object visit(Precheck op) {
    return checks.precheck(op);
  }

  private String syncName(Identifier table, Column oldColumn, Column newColumn, String suffix) {
    return q(
        SyncTriggerName.of(
            table, oldColumn.name(), newColumn.name(), suffix, dialect.identifiers().maxLength()));
  }

  private StatementViews.ColumnChange change(
      Identifier table, Identifier column, Optional<Column> definition, String clause) {
    return new StatementViews.ColumnChange(
        q(table), q(column), definition.map(c -> column(table, c)), clause, online.guarded());
  }

  private String syncName(Identifier table, Column oldColumn, Column newColumn) {
    return q(
        SyncTriggerName.of(
            table, oldColumn.name(), newColumn.name(), dialect.identifiers().maxLength()));
  }

  @Override
  public Object visit(OnlineSchemaChange op) {
    Operation change = op.change();
    // the change restated as its step writes it, clauses included (a copy where it must be)
    String statement = templates.apply(change.kind(), change.accept(this)).strip();
    return PtOscView.of(op, statement, this::q);
  }
}
