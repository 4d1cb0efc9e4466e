package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.plan.Phase;
import dev.autogen.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Turns a {@link MigrationPlan} into Liquibase formatted SQL changelogs: one file for the steps
 * that run now (in the migrations folder) and one for the contract steps (in the deferred folder,
 * not included from the master changelog until {@code autogen promote}). Each step is one changeset
 * whose {@code --rollback} lines carry the step's downgrade. The statements are the same the Flyway
 * files get; the layout is {@code templates/liquibase/changelog.sql.mustache}. Pure.
 */
public final class ChangelogRenderer {

  private final Renderer renderer;

  public ChangelogRenderer(Dialect dialect, TemplateSource templates) {
    this(new Renderer(Objects.requireNonNull(dialect, "dialect"), templates));
  }

  /**
   * Changelogs with the statements of {@code renderer}, e.g. one that restates the current columns'
   * character set, collation and comment ({@link Renderer#withColumnAttributes}).
   */
  public ChangelogRenderer(Renderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /**
   * The changelog files of the plan: {@code <migrations>/<revision>__<message>.sql} when any step
   * runs before the contract, {@code <deferred>/<revision>__<message>_contract.sql} when any step
   * is a contract step.
   *
   * @param author the changesets' author (Liquibase identifies a changeset by file, id and author)
   */
  public List<RenderedFile> render(MigrationPlan plan, RenderSettings settings, String author) {
    String description = FileNames.slug(settings.message());
    description = description.isEmpty() ? "migration" : description;
    List<ChangelogView.ChangeSetView> now = new ArrayList<>();
    List<ChangelogView.ChangeSetView> later = new ArrayList<>();
    int total = plan.steps().size();
    for (int i = 0; i < total; i++) {
      Step step = plan.steps().get(i);
      ChangelogView.ChangeSetView changeSet = changeSet(plan, step, i + 1, settings, author);
      (step.phase() == Phase.CONTRACT ? later : now).add(changeSet);
    }
    List<RenderedFile> files = new ArrayList<>();
    if (!now.isEmpty()) {
      String name = FileNames.changelog(settings.revision(), description);
      files.add(
          new RenderedFile(
              settings.migrationsDir().resolve(name),
              renderer.file(
                  "liquibase/changelog.sql", new ChangelogView(settings.revision(), name, now))));
    }
    if (!later.isEmpty()) {
      String name = FileNames.changelog(settings.revision(), description + "_contract");
      files.add(
          new RenderedFile(
              settings.deferredDir().resolve(name),
              renderer.file(
                  "liquibase/changelog.sql", new ChangelogView(settings.revision(), name, later))));
    }
    return List.copyOf(files);
  }

  private ChangelogView.ChangeSetView changeSet(
      MigrationPlan plan, Step step, int number, RenderSettings settings, String author) {
    FileView up = renderer.view(plan, step, number, settings, step.upgrade());
    FileView down = renderer.view(plan, step, number, settings, step.downgrade());
    List<String> upgrade = statements(up, step.upgrade());
    List<String> downgrade = statements(down, step.downgrade());
    boolean upSlash = needsSlash(upgrade);
    boolean downSlash = needsSlash(downgrade);
    List<String> rollback =
        step.downgrade().isEmpty()
            ? List.of()
            : terminated(downgrade, downSlash).stream()
                .flatMap(String::lines)
                .filter(l -> !l.isBlank())
                .toList();
    return new ChangelogView.ChangeSetView(
        author,
        settings.revision() + "-" + number + "-" + FileNames.description(settings.message(), step),
        step.title().strip().replaceAll("\\s*\\R\\s*", " "),
        up,
        !step.transactional(),
        upSlash,
        downSlash,
        terminated(upgrade, upSlash),
        rollback);
  }

  /** Session settings, each operation's statements, session reset: what the Flyway file runs. */
  private List<String> statements(FileView view, List<Operation> operations) {
    return Stream.of(
            ScriptStatements.lines(renderer.partial("session_settings", view)).stream(),
            operations.stream()
                .map(renderer::statement)
                .flatMap(text -> ScriptStatements.operation(text).stream()),
            ScriptStatements.lines(renderer.partial("session_reset", view)).stream())
        .flatMap(s -> s)
        .toList();
  }

  /**
   * A statement with a {@code ;} of its own (a dollar-quoted body, a procedure) must not be cut
   * there, so the changeset ends each statement with a {@code /} line instead ({@code
   * endDelimiter:/}).
   */
  private static boolean needsSlash(List<String> statements) {
    return statements.stream().anyMatch(s -> s.contains(";"));
  }

  private static List<String> terminated(List<String> statements, boolean slash) {
    return statements.stream().map(s -> slash ? s + "\n/" : s + ";").toList();
  }
}
