package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.plan.Phase;
import dev.autogen.plan.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link MigrationPlan} into Flyway files: per step a versioned migration (in the
 * migrations folder, or the deferred folder for contract steps), a {@code .conf} beside it when the
 * step must run outside a transaction, and an undo script in the rollback folder. Pure: it returns
 * the files and writes nothing.
 *
 * <p>Statements come from {@code templates/<dialect>/<kind>.sql.mustache} (falling back to {@code
 * templates/ansi/}); file layouts from {@code templates/flyway/}. Instances cache compiled
 * templates and are safe to share between threads.
 */
public final class Renderer {

  private final Dialect dialect;
  private final SqlTemplates templates;
  private final List<ColumnAttributes> attributes;
  private final List<ColumnAttributes> desired;
  private final Set<String> readingColumns;
  private final StatementViewBuilder views;

  public Renderer(Dialect dialect, TemplateSource templates) {
    this(
        dialect,
        new SqlTemplates(templates, dialect.templateFolder()),
        List.of(),
        List.of(),
        Set.of());
  }

  private Renderer(
      Dialect dialect,
      SqlTemplates templates,
      List<ColumnAttributes> attributes,
      List<ColumnAttributes> desired,
      Set<String> readingColumns) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.templates = templates;
    this.attributes = List.copyOf(attributes);
    this.desired = List.copyOf(desired);
    this.readingColumns = Set.copyOf(readingColumns);
    this.views =
        new StatementViewBuilder(
            dialect, templates::statement, attributes, desired, readingColumns);
  }

  /**
   * This renderer restating, wherever a statement restates a whole column ({@code MODIFY COLUMN}),
   * what the current column has beyond the model: its character set, collation and comment.
   */
  public Renderer withColumnAttributes(List<ColumnAttributes> current) {
    return new Renderer(dialect, templates, current, desired, readingColumns);
  }

  /**
   * This renderer writing a column the plan creates or gives a new type with the type as the
   * entities declare it ({@link DesiredSpellings}), when that is the type written: a
   * columnDefinition's {@code tinyint(1)} stays {@code tinyint(1)}, as Hibernate writes it.
   */
  public Renderer withDesiredSpellings(List<ColumnAttributes> spellings) {
    return new Renderer(dialect, templates, attributes, spellings, readingColumns);
  }

  /**
   * This renderer noting, on a batched backfill of one of {@code expressions} (user SQL the SQL
   * layer found reading a column of the row), that the value is a one-time copy kept in sync by
   * nothing. Render reads no SQL, so the fact is decided where the expressions were read.
   */
  public Renderer withExpressionsReadingColumns(Set<String> expressions) {
    return new Renderer(dialect, templates, attributes, desired, expressions);
  }

  /** All files of the plan, step by step: migration, its .conf if any, then its undo script. */
  public List<RenderedFile> render(MigrationPlan plan, RenderSettings settings) {
    List<RenderedFile> files = new ArrayList<>();
    int total = plan.steps().size();
    for (int i = 0; i < total; i++) {
      Step step = plan.steps().get(i);
      int number = i + 1;
      String description = FileNames.description(settings.message(), step);
      String migration = FileNames.migration(settings.revision(), number, description);
      Path dir = step.phase() == Phase.CONTRACT ? settings.deferredDir() : settings.migrationsDir();
      files.add(
          new RenderedFile(
              dir.resolve(migration),
              file("flyway/migration.sql", view(plan, step, number, settings, step.upgrade()))));
      if (!step.transactional()) {
        files.add(
            new RenderedFile(
                dir.resolve(FileNames.scriptConfig(migration)),
                file("flyway/migration.sql.conf", step)));
      }
      files.add(
          new RenderedFile(
              settings
                  .rollbackDir()
                  .resolve(FileNames.undo(settings.revision(), number, description)),
              file("flyway/undo.sql", view(plan, step, number, settings, step.downgrade()))));
    }
    return List.copyOf(files);
  }

  /**
   * SQL text of one operation, without the final {@code ;} and without surrounding blank lines. An
   * operation that needs several statements separates them by {@code ";\n\n"}.
   *
   * @throws IllegalStateException when no template exists for the operation's kind, or a template
   *     refers to a value its view does not have
   */
  public String statement(Operation op) {
    return statement(op, views);
  }

  private String statement(Operation op, StatementViewBuilder builder) {
    return templates.statement(op.kind(), op.accept(builder)).strip();
  }

  /** Text of a dialect partial such as {@code session_settings}, run on a step's view. */
  String partial(String name, FileView view) {
    return templates.statement(name, view).strip();
  }

  /** Where the template for an operation kind is found (user folder, dialect, or ansi). */
  String templateOrigin(String kind) {
    return templates.originOf(kind);
  }

  /** The view of step {@code number} of {@code plan}, with {@code operations} as its statements. */
  FileView view(
      MigrationPlan plan,
      Step step,
      int number,
      RenderSettings settings,
      List<Operation> operations) {
    // a backfill or a concurrent index build may legitimately run long; a timeout would only
    // cancel it half way (and a cancelled concurrent build leaves an INVALID index)
    boolean longRunning = !step.transactional() || step.phase() == Phase.BACKFILL;
    // a table holding a key kept as a hash is changed only by copies: the plan says which
    StatementViewBuilder stepViews = views.on(plan.longUniques());
    return new FileView(
        settings.revision(),
        (settings.revision() + "." + number).replace('_', '.'),
        number,
        plan.steps().size(),
        step.phase().word(),
        FileView.comment(step.title()),
        FileView.comment(step.why()),
        FileView.comment(step.next()),
        step.reversible(),
        !step.transactional(),
        step.assessments().stream().map(FileView.ChangeLine::of).toList(),
        dialect.expressions().literal(settings.lockTimeout()),
        TimeoutSeconds.of(settings.lockTimeout()),
        dialect.expressions().literal(longRunning ? "0" : settings.statementTimeout()),
        longRunning,
        operations.stream().map(op -> statement(op, stepViews)).toList());
  }

  /** Renders a layout; the file starts with its first line and ends with exactly one newline. */
  String file(String layout, Object view) {
    String text = templates.layout(layout, view);
    return text.replaceFirst("^(\\s*\\n)+", "").stripTrailing() + "\n";
  }
}
