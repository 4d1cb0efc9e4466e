package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds the expand/backfill/contract steps for a list of classified changes. Items are grouped by
 * step and ordered by {@link Rank}; inside a rank the differ's order is kept, which already puts
 * referenced tables first. Undo runs the items of a step in reverse.
 */
public final class Planner {

  private final Dialect dialect;
  private final PlanOptions options;

  public Planner(Dialect dialect, PlanOptions options) {
    this.dialect = dialect;
    this.options = options;
  }

  /**
   * The plan for {@code assessments}, the classified changes from {@code current} (the database,
   * whose constraint and index names the plan uses) to {@code desired}.
   */
  public MigrationPlan plan(List<Assessment> assessments, Schema current, Schema desired)
      throws PlanningException {
    List<Change> changes = assessments.stream().map(Assessment::change).toList();
    // sorted once: every planner input below asks it for the kinds it needs
    ChangesByKind byKind = ChangesByKind.of(changes);
    // before anything is planned: such a key could not be added back after its type change
    ForeignKeyTypes.check(dialect, byKind, desired);
    TypeSwaps typeSwaps = TypeSwaps.of(dialect, changes, byKind, current, options);
    ChangePlanner changePlanner =
        new ChangePlanner(
            new PlanSupport(
                dialect,
                options,
                current,
                desired,
                IdSequences.of(byKind, current, options),
                typeSwaps,
                RenamedColumns.of(byKind),
                LiftedForeignKeys.of(dialect, byKind, current, typeSwaps),
                ReplacedPrimaryKeys.of(dialect, byKind),
                ClusteredKeys.of(dialect, byKind, current),
                ForeignKeyIndexes.of(dialect, byKind, current, desired, options.database())));
    Map<StepKind, List<PlanItem>> byStep = new EnumMap<>(StepKind.class);
    try {
      for (Assessment a : assessments) {
        for (PlanItem item : changePlanner.plan(a)) {
          byStep.computeIfAbsent(item.step(), k -> new ArrayList<>()).add(item);
        }
      }
    } catch (Unplannable e) {
      throw new PlanningException(e.getMessage());
    }
    List<Step> steps = new ArrayList<>();
    java.util.Set<StepKind> kinds = byStep.keySet();
    // every change to a table holding a key kept as a hash is a copy: the steps say so
    LongUniqueTables longUniques = LongUniqueTables.of(dialect, current, desired);
    byStep.forEach(
        (kind, items) ->
            steps.add(
                longUniques.onto(step(kind, items, kinds, dialect.steps()), dialect.wording())));
    return new MigrationPlan(steps, longUniques);
  }

  private static Step step(
      StepKind kind,
      List<PlanItem> items,
      java.util.Set<StepKind> planSteps,
      dev.autogen.dialect.StepWording wording) {
    List<PlanItem> ordered = new ArrayList<>(items);
    ordered.sort(Comparator.comparing(PlanItem::rank)); // stable: keeps the differ's order
    List<Operation> upgrade = new ArrayList<>();
    ordered.forEach(i -> upgrade.addAll(i.ops()));
    List<PlanItem> reversed = new ArrayList<>(ordered);
    Collections.reverse(reversed);
    List<Operation> downgrade = new ArrayList<>();
    reversed.forEach(i -> downgrade.addAll(i.undo()));
    boolean reversible = ordered.stream().noneMatch(PlanItem::lossy);
    // batches commit one by one, which only works outside a transaction
    boolean transactional =
        kind.transactional && upgrade.stream().noneMatch(Planner::commitsInBatches);
    LinkedHashSet<Assessment> assessments = new LinkedHashSet<>();
    ordered.forEach(i -> assessments.add(i.assessment()));
    return new Step(
        kind.phase,
        kind.slug,
        kind.text(wording).title(),
        kind.text(wording).why(),
        kind.next(wording, planSteps),
        transactional,
        reversible,
        upgrade,
        downgrade,
        List.copyOf(assessments));
  }

  private static boolean commitsInBatches(Operation op) {
    return op instanceof BatchedBackfill || op instanceof BatchedConvertValues;
  }
}
