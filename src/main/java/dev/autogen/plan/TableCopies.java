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
    return Optional.empty();
  }

  /**
   * {@code plan} with its copying upgrade operations on tables at or above the error threshold
   * routed as {@code route} says.
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
    List<Step> steps = new ArrayList<>();
    for (Step step : plan.steps()) {
      List<Operation> upgrade = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (Operation op : step.upgrade()) {
        Optional<TableStatistics> big = bigCopy(op, dialect, sizes, thresholds);
        if (big.isEmpty()) {
          upgrade.add(op);
          continue;
        }
        TableStatistics t = big.get();
        String what = describe(op, t);
        switch (route) {
          case REFUSE ->
              throw new PlanningException(
                  what
                      + ", over --error-rows "
                      + thresholds.errorRows()
                      + ": the server can only copy the table while its writes wait (ALGORITHM=COPY)."
                      + " Rerun with --online-schema-change pt-osc to hand the change to"
                      + " pt-online-schema-change (copies in chunks while writes go on), or with"
                      + " --allow-copy to write the ALTER with ALGORITHM=COPY anyway");
          case ALLOW_COPY -> {
            upgrade.add(op);
            notes.add(
                "WARNING, --allow-copy: "
                    + what
                    + " by copying the table (ALGORITHM=COPY, LOCK=SHARED): writes to it wait"
                    + " until the copy ends. Run it in a maintenance window.");
          }
          case PT_OSC -> {
            upgrade.add(handed(op, t, dsn));
            notes.add(
                "pt-online-schema-change: "
                    + what
                    + ", which the server could only do by copying the table while its writes wait;"
                    + " run the pt-online-schema-change commands below (dry run, then execute)"
                    + " before this file, which then only checks that the change is there.");
          }
          default -> throw new IllegalStateException(route.name());
        }
      }
      List<Operation> downgrade = step.downgrade();
      if (route == CopyRoute.PT_OSC) {
        // undoing the change copies the same big table: the tool does it, as it did the change
        downgrade = new ArrayList<>();
        boolean handedBack = false;
        for (Operation op : step.downgrade()) {
          Optional<TableStatistics> big = bigCopy(op, dialect, sizes, thresholds);
          downgrade.add(big.<Operation>map(t -> handed(op, t, dsn)).orElse(op));
          handedBack |= big.isPresent();
        }
        if (handedBack) {
          notes.add(
              "Its undo script hands the reverse change to pt-online-schema-change the same way:"
                  + " run the commands it carries (dry run, then execute) before it.");
        }
      }
      steps.add(notes.isEmpty() ? step : withNotes(step, upgrade, downgrade, notes));
    }
    return new MigrationPlan(steps);
  }

  /** The table {@code op} copies, with its size, when that size reaches {@code --error-rows}. */
  private static Optional<TableStatistics> bigCopy(
      Operation op,
      Dialect dialect,
      Map<Identifier, TableStatistics> sizes,
      ClassifierSettings thresholds) {
    return copiedTable(op, dialect)
        .map(sizes::get)
        .filter(t -> t.estimatedRows() >= thresholds.errorRows());
  }

  private static OnlineSchemaChange handed(
      Operation op, TableStatistics t, java.util.function.Function<Identifier, String> dsn) {
    return new OnlineSchemaChange(t.table(), op, t.estimatedRows(), dsn.apply(t.table()));
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
    String change = op.kind();
    if (op instanceof AlterColumnType a) {
      change = "the type of " + a.column().name().value() + " changes";
    } else if (op instanceof AddCheck a) {
      change = "check " + a.check().name().value() + " is added";
    } else if (op instanceof SetNotNull n) {
      change = n.column().value() + " becomes NOT NULL";
    } else if (op instanceof DropNotNull n) {
      change = n.column().value() + " becomes nullable";
    } else if (op instanceof AddForeignKey f) {
      change = "foreign key " + f.foreignKey().name().value() + " is added";
    }
    return "table "
        + t.table().value()
        + " ("
        + String.format(Locale.ROOT, "%,d", t.estimatedRows())
        + " rows): "
        + change;
  }
}
