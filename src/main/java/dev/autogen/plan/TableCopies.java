package dev.autogen.plan;

import dev.autogen.classify.ClassifierSettings;
import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations a server can only carry out by copying the table while its writes wait ({@code
 * ALGORITHM=COPY} on MySQL and MariaDB, as the dialect's capabilities say), and what {@code -m}
 * does with them on a table whose size reaches {@code --error-rows}: stop and say the ways out, or
 * take one of them ({@link CopyRoute}). Pure.
 */
public final class TableCopies {

  private TableCopies() {}

  /**
   * The table {@code op} copies on this dialect, if it copies one. Only dialects with {@code
   * ALGORITHM=} clauses copy: PostgreSQL's rewrites are hazards of their own.
   */
  public static Optional<Identifier> copiedTable(Operation op, Dialect dialect) {
    Capabilities c = dialect.capabilities();
    if (!c.onlineAlterClauses()) {
      return Optional.empty();
    }
    if (op instanceof AlterColumnType a) {
      boolean metadataOnly =
          a.from().filter(f -> dialect.types().isMetadataOnlyChange(f, a.type())).isPresent();
      return metadataOnly ? Optional.empty() : Optional.of(a.table());
    }
    if (op instanceof AddCheck a) {
      // every row is checked by a copy: MySQL and MariaDB have no in-place ADD CHECK
      return Optional.of(a.table());
    }
    if (op instanceof SetNotNull s && !c.onlineNullability()) {
      return Optional.of(s.table());
    }
    if (op instanceof DropNotNull d && !c.onlineNullability()) {
      return Optional.of(d.table());
    }
    if (op instanceof AddForeignKey f && !c.onlineForeignKeyUnchecked()) {
      return Optional.of(f.table());
    }
    if (op instanceof DropConstraint d && d.copiesTable()) {
      return Optional.of(d.table());
    }
    if (op instanceof AddUnique u && u.copiesTable()) {
      return Optional.of(u.table());
    }
    return Optional.empty();
  }

  /**
   * The table {@code op} copies on this dialect, if it copies one: for the change itself, or since
   * the table holds a unique key kept as a hash ({@code longUniques}), which the server changes
   * only by copying.
   */
  public static Optional<Identifier> copiedTable(
      Operation op, Dialect dialect, LongUniqueTables longUniques) {
    return copiedTable(op, dialect).or(() -> longUniques.copiedTable(op));
  }

  /**
   * {@code plan} with its copying operations on tables at or above the error threshold, upgrades
   * and downgrades alike, routed as {@code route} says.
   *
   * @param statistics the live database's table sizes (empty for a dev database: sizes unknown)
   * @param dsn pt-online-schema-change's data source name of a table ({@code D=...,t=...})
   * @throws PlanningException for {@link CopyRoute#REFUSE}, naming the table, the change and the
   *     ways out
   */
  public static MigrationPlan route(
      MigrationPlan plan,
      Dialect dialect,
      List<TableStatistics> statistics,
      ClassifierSettings thresholds,
      CopyRoute route,
      java.util.function.Function<Identifier, String> dsn)
      throws PlanningException {
    Map<Identifier, TableStatistics> sizes = new java.util.HashMap<>();
    statistics.forEach(t -> sizes.put(t.table(), t));
    Router router = new Router(dialect, sizes, thresholds, route, dsn, plan.longUniques());
    List<Step> steps = new ArrayList<>();
    for (Step step : plan.steps()) {
      List<String> notes = new ArrayList<>();
      List<Operation> upgrade = router.routed(step.upgrade(), "", notes);
      // undoing a step may copy a big table too (narrowing back what the upgrade widened in
      // place): the same rule holds for it, or a rollback would block writes unannounced
      int before = notes.size();
      List<Operation> downgrade = router.routed(step.downgrade(), " in the downgrade", notes);
      if (route == CopyRoute.PT_OSC && notes.size() > before) {
        notes.subList(before, notes.size()).clear();
        notes.add(
            "Its undo script hands the reverse change to pt-online-schema-change the same way:"
                + " run the commands it carries (dry run, then execute) before it.");
      }
      steps.add(notes.isEmpty() ? step : withNotes(step, upgrade, downgrade, notes));
    }
    return new MigrationPlan(steps, plan.longUniques());
  }

  /** The routing of one plan: the server, the tables' sizes, the threshold and the way chosen. */
  private record Router(
      Dialect dialect,
      Map<Identifier, TableStatistics> sizes,
      ClassifierSettings thresholds,
      CopyRoute route,
      java.util.function.Function<Identifier, String> dsn,
      LongUniqueTables longUniques) {

    /**
     * {@code ops} with each copy of a big table routed as {@code route} says, the header's notes
     * added to {@code notes}; {@code where} is said after the change ({@code " in the downgrade"}).
     */
    List<Operation> routed(List<Operation> ops, String where, List<String> notes)
        throws PlanningException {
      List<Operation> routed = new ArrayList<>();
      for (int i = 0; i < ops.size(); i++) {
        Operation op = ops.get(i);
        Optional<TableStatistics> big = bigCopy(op);
        if (big.isEmpty()) {
          routed.add(op);
          continue;
        }
        TableStatistics t = big.get();
        // a change copied only for the hash key its table holds says so
        String because =
            copiedTable(op, dialect).isPresent()
                ? ""
                : ", a copy since " + longUniques.why(t.table());
        String what = describe(op, t) + because + where;
        switch (route) {
          case REFUSE -> {
            // the general way out names the tool, which cannot take this one: say its own ways
            refuseInterleavedConversion(ops, t.table(), what);
            throw new PlanningException(
                what
                    + ", over --error-rows "
                    + thresholds.errorRows()
                    + ": the server can only copy the table while its writes wait (ALGORITHM=COPY)."
                    + " Rerun with --online-schema-change pt-osc to hand the change to"
                    + " pt-online-schema-change (copies in chunks while writes go on), or with"
                    + " --allow-copy to write the ALTER with ALGORITHM=COPY anyway");
          }
          case ALLOW_COPY -> {
            routed.add(op);
            notes.add(
                "WARNING, --allow-copy: "
                    + what
                    + " by copying the table (ALGORITHM=COPY, LOCK=SHARED): writes to it wait"
                    + " until the copy ends. Run it in a maintenance window.");
          }
          case PT_OSC -> {
            if (op instanceof DropConstraint d && d.copiesTable()) {
              // its triggers find a copied row by a primary or unique key, which this drop removes
              throw new PlanningException(
                  what
                      + ": pt-online-schema-change copies only a table that keeps a primary or"
                      + " unique key, and this drop leaves it none; rerun with --allow-copy to write"
                      + " the ALTER with ALGORITHM=COPY");
            }
            refuseInterleavedConversion(ops, t.table(), what);
            List<Identifier> keys = liftedKeys(ops, i, t.table(), what);
            routed.add(
                new OnlineSchemaChange(
                    t.table(), op, t.estimatedRows(), dsn.apply(t.table()), keys));
            notes.add(
                "pt-online-schema-change: "
                    + what
                    + ", which the server could only do by copying the table while its writes wait;"
                    + " run the pt-online-schema-change commands below (dry run, then execute)"
                    + " before this file, which then only checks that the change is there."
                    + (keys.isEmpty()
                        ? ""
                        : " The tool also drops foreign key "
                            + String.join(", ", keys.stream().map(Identifier::value).toList())
                            + " (the server refuses the change under it); from then until this file"
                            + " adds it back after its orphan check, the key is not enforced."));
          }
          default -> throw new IllegalStateException(route.name());
        }
      }
      return routed;
    }

    /**
     * An enum converted in place passes through text in two copies with its values rewritten
     * between them; the tool runs before the file, so it cannot take the copies in that order.
     */
    private static void refuseInterleavedConversion(
        List<Operation> ops, Identifier table, String what) throws PlanningException {
      for (Operation op : ops) {
        Optional<Value.EnumMapping> converted = convertedIn(op, table);
        if (converted.isPresent()) {
          String column = table.value() + "." + converted.get().column().value();
          throw new PlanningException(
              what
                  + ": converting the enum "
                  + column
                  + " in place takes two copies with its values rewritten between them, which"
                  + " pt-online-schema-change (run before the file) cannot interleave. Map the new"
                  + " type to a new column and give --rename "
                  + column
                  + "=<new column> (sync triggers convert the values, no copy), or rerun with"
                  + " --allow-copy");
        }
      }
    }

    /** The enum mapping {@code op} rewrites in {@code table}'s rows, batched or not. */
    private static Optional<Value.EnumMapping> convertedIn(Operation op, Identifier table) {
      if (op instanceof ConvertValues v && v.table().equals(table)) {
        return Optional.of(v.mapping());
      }
      if (op instanceof BatchedConvertValues v && v.table().equals(table)) {
        return Optional.of(v.mapping());
      }
      return Optional.empty();
    }

    /** The table {@code op} copies, with its size, when that size reaches {@code --error-rows}. */
    private Optional<TableStatistics> bigCopy(Operation op) {
      return copiedTable(op, dialect, longUniques)
          .map(sizes::get)
          .filter(t -> t.estimatedRows() >= thresholds.errorRows());
    }

    /**
     * The foreign keys of {@code table} that {@code ops} drops before its {@code at}th operation
     * and adds back after it ({@link LiftedForeignKeys}): the tool, run before the step, must drop
     * them on its copy too. A lifted key of another table referencing {@code table}, or a server
     * without {@code IF EXISTS} on the step's own drop, leaves no way for the tool: refused.
     */
    private List<Identifier> liftedKeys(List<Operation> ops, int at, Identifier table, String what)
        throws PlanningException {
      java.util.Set<List<Identifier>> droppedBefore = new java.util.HashSet<>();
      for (Operation op : ops.subList(0, at)) {
        if (op instanceof DropConstraint d) {
          droppedBefore.add(List.of(d.table(), d.constraint()));
        }
      }
      List<Identifier> own = new ArrayList<>();
      for (Operation op : ops.subList(at + 1, ops.size())) {
        if (!(op instanceof AddForeignKey a)
            || !droppedBefore.contains(List.of(a.table(), a.foreignKey().name()))) {
          continue;
        }
        if (a.table().equals(table)) {
          own.add(a.foreignKey().name());
        } else if (a.foreignKey().referencedTable().equals(table)) {
          throw noToolFor(
              what,
              "foreign key "
                  + a.foreignKey().name().value()
                  + " of "
                  + a.table().value()
                  + ", which references it, is lifted around the change by the step");
        }
      }
      if (!own.isEmpty() && !dialect.capabilities().guardedDdl()) {
        throw noToolFor(
            what,
            "foreign key "
                + own.get(0).value()
                + " is lifted around the change, and the server has no DROP FOREIGN KEY IF EXISTS"
                + " for the step to pass over the key the tool dropped");
      }
      return own;
    }

    private PlanningException noToolFor(String what, String why) {
      return new PlanningException(
          what
              + ", over --error-rows "
              + thresholds.errorRows()
              + ": pt-online-schema-change cannot make it, since "
              + why
              + " and the tool runs before the step, while the key still holds."
              + " Rerun with --allow-copy to write the ALTER with ALGORITHM=COPY"
              + " (writes wait for the copy)");
    }
  }

  private static Step withNotes(
      Step step, List<Operation> upgrade, List<Operation> downgrade, List<String> notes) {
    return new Step(
        step.phase(),
        step.slug(),
        step.title(),
        String.join(" ", notes) + " " + step.why(),
        step.next(),
        step.transactional(),
        step.reversible(),
        upgrade,
        downgrade,
        step.assessments());
  }

  /** {@code table orders (1,200,000 rows): the type of qty changes}. */
  private static String describe(Operation op, TableStatistics t) {
    return "table "
        + t.table().value()
        + " ("
        + String.format(Locale.ROOT, "%,d", t.estimatedRows())
        + " rows): "
        + CopiedChange.of(op).sentence();
  }
}
