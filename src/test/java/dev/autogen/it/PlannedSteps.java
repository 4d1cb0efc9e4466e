package dev.autogen.it;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.PlanOptions;
import dev.autogen.plan.Planner;
import dev.autogen.render.CarriedColumnAttributes;
import dev.autogen.render.DesiredSpellings;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plans and renders the migration from a live schema to a desired one in process (introspect, diff,
 * classify, plan, render), and hands back each step's migration file with whether it runs in a
 * transaction, in the order they run.
 */
final class PlannedSteps {

  /** One migration file: its name, text, and whether Flyway would run it in a transaction. */
  record StepFile(String name, String sql, boolean transactional) {}

  private PlannedSteps() {}

  static List<StepFile> plan(
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options)
      throws Exception {
    return files(PostgresDialect.create(), c, schema, desired, renames, options, "V");
  }

  /** The same on the server of {@code base}'s dialect (MySQL/MariaDB: schema is the database). */
  static List<StepFile> plan(
      Dialect base,
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options)
      throws Exception {
    return files(base, c, schema, desired, renames, options, "V");
  }

  /** The undo files of the same plan, newest first (the order a rollback runs them in). */
  static List<StepFile> undo(
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options)
      throws Exception {
    return undo(PostgresDialect.create(), c, schema, desired, renames, options);
  }

  /** The undo files on the server of {@code base}'s dialect, newest first. */
  static List<StepFile> undo(
      Dialect base,
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options)
      throws Exception {
    List<StepFile> undo = new ArrayList<>(files(base, c, schema, desired, renames, options, "U"));
    Collections.reverse(undo);
    return undo;
  }

  private static List<StepFile> files(
      Dialect base,
      Connection c,
      String schema,
      UnaryOperator<Schema> desired,
      List<RenameHint> renames,
      PlanOptions options,
      String prefix)
      throws Exception {
    Introspection current = new Introspector(base).read(c, schema);
    Dialect dialect =
        Dialects.forServer(base, current.serverVersion(), current.timeZone(), current.tableNames());
    Schema target = desired.apply(current.current());
    ChangeSet changes = new Differ().diff(current.current(), target, renames);
    MigrationPlan plan =
        // as the CLI plans: with what the introspection found beside the schema
        new Planner(dialect, options.withForeignKeyIndexes(current.foreignKeyIndexes()))
            .plan(
                new Classifier(dialect, current.statistics()).classify(changes),
                current.current(),
                target);
    Path root = Path.of("target", "planned");
    List<RenderedFile> files =
        new Renderer(dialect, TemplateSource.bundled())
            // as the CLI renders: restating what current columns have beyond the model
            .withColumnAttributes(CarriedColumnAttributes.of(plan, current.columnAttributes()))
            // and the types the entities declare for the columns it creates
            .withDesiredSpellings(
                DesiredSpellings.of(plan, current.current(), target, options.encodings()))
            .render(
                plan,
                RenderSettings.defaults(
                    "1", "step", root.resolve("m"), root.resolve("d"), root.resolve("r")));
    List<StepFile> steps = new ArrayList<>();
    for (RenderedFile f : files) {
      String name = f.path().getFileName().toString();
      if (name.startsWith(prefix) && name.endsWith(".sql")) {
        boolean outside =
            files.stream().anyMatch(o -> o.path().getFileName().toString().equals(name + ".conf"));
        steps.add(new StepFile(name, f.text(), !outside));
      }
    }
    return steps;
  }
}
