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
    Router router = new Router(dialect, sizes, thresholds, route, dsn);
    List<Step> steps = new ArrayList<>();
    for (Step step : plan.steps()) {
      List<String> notes = new ArrayList<>();
      List<Operation> upgrade = router.route(step.upgrade(), Direction.UPGRADE, notes);
      List<Operation> downgrade = router.route(step.downgrade(), Direction.UNDO, notes);
      steps.add(notes.isEmpty() ? step : withNotes(step, upgrade, downgrade, notes));
    }
    return new MigrationPlan(steps);
  }

  /** Which list of a step is routed: the upgrade is refused or noted, its undo only follows. */
  private enum Direction {
    UPGRADE,
    UNDO
  }

  /** Routes the big copies of one list of operations the way {@code route} says. */
  private record Router(
      Dialect dialect,
      Map<Identifier, TableStatistics> sizes,
      ClassifierSettings thresholds,
      CopyRoute route,
      java.util.function.Function<Identifier, String> dsn) {

    /** {@code ops} routed; the notes the step's text gains are added to {@code notes}. */
    List<Operation> route(List<Operation> ops, Direction direction, List<String> notes)
        throws PlanningException {
      boolean upgrade = direction == Direction.UPGRADE;
      List<Operation> routed = new ArrayList<>();
      boolean handedBack = false;
      for (Operation op : ops) {
        Optional<TableStatistics> big = bigCopy(op);
        if (big.isEmpty()) {
          routed.add(op);
          continue;
        }
        TableStatistics t = big.get();
        switch (route) {
          case REFUSE -> {
            if (upgrade) {
              throw new PlanningException(
                  describe(op, t)
                      + ", over --error-rows "
                      + thresholds.errorRows()
                      + ": the server can only copy the table while its writes wait (ALGORITHM=COPY)."
                      + " Rerun with --online-schema-change pt-osc to hand the change to"
                      + " pt-online-schema-change (copies in chunks while writes go on), or with"
                      + " --allow-copy to write the ALTER with ALGORITHM=COPY anyway");
            }
            routed.add(op); // the undo of a change that was not refused
          }
          case ALLOW_COPY -> {
            routed.add(op);
            if (upgrade) {
              notes.add(
                  "WARNING, --allow-copy: "
                      + describe(op, t)
                      + " by copying the table (ALGORITHM=COPY, LOCK=SHARED): writes to it wait"
                      + " until the copy ends. Run it in a maintenance window.");
            }
          }
          case PT_OSC -> {
            // undoing the change copies the same big table: the tool does it, as it did the change
            routed.add(
                new OnlineSchemaChange(t.table(), op, t.estimatedRows(), dsn.apply(t.table())));
            if (upgrade) {
              notes.add(
                  "pt-online-schema-change: "
                      + describe(op, t)
                      + ", which the server could only do by copying the table while its writes"
                      + " wait; run the pt-online-schema-change commands below (dry run, then"
                      + " execute) before this file, which then only checks that the change is"
                      + " there.");
            }
            handedBack |= !upgrade;
          }
          default -> throw new IllegalStateException(route.name());
        }
      }
      if (handedBack) {
        notes.add(
            "Its undo script hands the reverse change to pt-online-schema-change the same way:"
                + " run the commands it carries (dry run, then execute) before it.");
      }
      return routed;
    }

    /** The table {@code op} copies, with its size, when that size reaches {@code --error-rows}. */
    private Optional<TableStatistics> bigCopy(Operation op) {
      return copiedTable(op, dialect)
          .map(sizes::get)
          .filter(t -> t.estimatedRows() >= thresholds.errorRows());
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
