package dev.autogen.plan;

import static dev.autogen.plan.StepKind.BACKFILL_INDEXES;
import static dev.autogen.plan.StepKind.CONTRACT;
import static dev.autogen.plan.StepKind.CONTRACT_VALIDATE;

import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans for a primary key, unique, index or foreign key over a renamed column ({@link
 * RenamedColumns}). The old column and what stands on it stay until the contract step drops them,
 * usually under the same names, and a table has one primary key: so an index is built concurrently
 * under a shadow name once the backfill filled the new column, and the contract step, after the old
 * ones are dropped, renames it or adopts it into the key or unique constraint; a foreign key is
 * added there too (NOT VALID, validated in a step of its own). Until then the old constraints guard
 * both columns, since the sync trigger copies every write between them.
 */
final class MovedKeyPlans {

  private final PlanSupport support;

  MovedKeyPlans(PlanSupport support) {
    this.support = support;
  }

  private boolean adoptsIndexes() {
    return support.capabilities().concurrentIndex() && support.capabilities().uniqueUsingIndex();
  }

  List<PlanItem> plan(IndexAdded c, Items out) {
    Index index = c.index();
    if (!support.capabilities().concurrentIndex()) {
      return List.of(
          out.item(
              CONTRACT,
              Rank.INDEX,
              List.of(new CreateIndex(c.table(), index, false)),
              List.of(new DropIndex(c.table(), index, false))));
    }
    Index shadow = shadow(index.name(), index.columns(), index.unique());
    List<Operation> build = new ArrayList<>();
    if (index.unique()) {
      build.add(new Precheck(c.table(), new Precheck.NoDuplicates(index.columns())));
    }
    build.add(new CreateIndex(c.table(), shadow, true));
    return List.of(
        out.item(
            BACKFILL_INDEXES, Rank.INDEX, build, List.of(new DropIndex(c.table(), shadow, true))),
        out.item(
            CONTRACT,
            Rank.INDEX,
            List.of(new RenameIndex(c.table(), shadow.name(), index.name())),
            List.of(new RenameIndex(c.table(), index.name(), shadow.name()))));
  }

  List<PlanItem> plan(UniqueAdded c, Items out) {
    UniqueConstraint u = c.unique();
    Precheck unique = new Precheck(c.table(), new Precheck.NoDuplicates(u.columns()));
    if (!adoptsIndexes()) {
      return List.of(
          out.item(
              CONTRACT,
              Rank.ADD_CONSTRAINT,
              List.of(unique, new AddUnique(c.table(), u, Optional.empty())),
              List.of(new DropConstraint(c.table(), u.name()))));
    }
    Index shadow = shadow(u.name(), u.columns(), true);
    return List.of(
        out.item(
            BACKFILL_INDEXES,
            Rank.INDEX,
            List.of(unique, new CreateIndex(c.table(), shadow, true)),
            List.of(new DropIndex(c.table(), shadow, true))),
        out.item(
            CONTRACT,
            Rank.ADD_CONSTRAINT,
            List.of(new AddUnique(c.table(), u, Optional.of(shadow.name()))),
            // the constraint takes its index with it; the step before expects the shadow back
            List.of(
                new DropConstraint(c.table(), u.name()),
                new CreateIndex(c.table(), shadow, false))));
  }

  /**
   * The new key is added where its columns become NOT NULL (the rename tightens them in the
   * contract), after the old key is dropped: the table is without a primary key only between the
   * contract files, while the unique index on the new columns already holds. Where the old key
   * cannot be dropped alone (InnoDB), the new one replaces it in one statement there instead.
   */
  List<PlanItem> plan(PrimaryKeyAdded c, Items out) {
    PrimaryKey pk = c.primaryKey();
    PrimaryKey named = support.named(c.table(), pk);
    // no shadow index where none can be adopted, or where the add replaces the old key itself
    if (!adoptsIndexes() || support.replacedPrimaryKeys().droppedByTheAdd(c.table())) {
      return List.of(support.addPrimaryKey(out, support.notNullStep(), c.table(), named));
    }
    Identifier name = named.name().orElseThrow();
    Index shadow = shadow(name, pk.columns(), true);
    return List.of(
        out.item(
            BACKFILL_INDEXES,
            Rank.INDEX,
            List.of(
                new Precheck(c.table(), new Precheck.NoDuplicates(pk.columns())),
                new CreateIndex(c.table(), shadow, true)),
            List.of(new DropIndex(c.table(), shadow, true))),
        out.item(
            support.notNullStep(),
            Rank.ADD_CONSTRAINT,
            List.of(new AddPrimaryKey(c.table(), named, Optional.of(shadow.name()))),
            List.of(
                new DropConstraint(c.table(), name), new CreateIndex(c.table(), shadow, false))));
  }

  /**
   * A foreign key over a renamed column of its own table that takes the name of the old column's
   * key goes in the contract step, NOT VALID and validated in the next; one that points at a
   * renamed key waits for that key, in the step that adds it, and is validated there (no validation
   * step follows it).
   */
  List<PlanItem> plan(ForeignKeyAdded c, Items out) {
    ForeignKey fk = c.foreignKey();
    boolean toMovedKey =
        support.renamedColumns().moves(fk.referencedTable(), fk.referencedColumns());
    StepKind step = toMovedKey && referencesPrimaryKey(fk) ? support.notNullStep() : CONTRACT;
    if (step != CONTRACT || !support.capabilities().notValidConstraints()) {
      return List.of(support.addCheckedForeignKey(out, step, c.table(), fk));
    }
    return support.addForeignKeyNotValid(out, CONTRACT, CONTRACT_VALIDATE, c.table(), fk);
  }

  private boolean referencesPrimaryKey(ForeignKey fk) {
    return support
        .desired()
        .table(fk.referencedTable())
        .flatMap(Table::primaryKey)
        .map(pk -> pk.columns().equals(fk.referencedColumns()))
        .orElse(false);
  }

  private Index shadow(Identifier name, List<Identifier> columns, boolean unique) {
    return new Index(support.shadowName(name), columns, unique, Optional.empty());
  }
}
