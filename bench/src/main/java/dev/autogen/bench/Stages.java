package dev.autogen.bench;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.PlanOptions;
import dev.autogen.plan.Planner;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Times autogen's stages in one JVM, called directly as {@code cli.Pipeline} calls them: round 1 is
 * cold (what a user's run pays), the later rounds are warm. Prints one line per phase: {@code
 * phase <name> <cold ms> <median warm ms>}.
 *
 * <p>Usage: {@code Stages JDBC_URL USER ENTITY_DIR ROUNDS}.
 */
public final class Stages {

  private Stages() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    Path entities = Path.of(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      // each round starts from a collected heap, as a fresh process does: otherwise a warm round
      // pays for collecting the previous round's trees (a full collection at 5,000 entities)
      System.gc();
      runOnce(url, user, entities, times);
    }
    for (var e : times.entrySet()) {
      List<Long> all = e.getValue();
      List<Long> warm = new ArrayList<>(all.subList(1, all.size()));
      System.out.printf(
          "phase %s %.1f %.1f%n", e.getKey(), all.get(0) / 1e6, warm.isEmpty() ? -1 : median(warm) / 1e6);
    }
  }

  private static void runOnce(String url, String user, Path entities, Map<String, List<Long>> times)
      throws Exception {
    Dialect dialect = Dialects.forUrl(url);
    EntityModel model =
        timed(
            times,
            "entities",
            () -> new EntityReader(dialect, NamingStrategy.JPA).read(List.of(entities)));
    Introspection current;
    try (Connection c = timed(times, "connect", () -> DriverManager.getConnection(url, user, null))) {
      current = timed(times, "introspect", () -> new Introspector(dialect).read(c, "public"));
    }
    ChangeSet changes =
        timed(
            times,
            "diff",
            () -> new Differ().diff(current.current(), model.desired(), model.renames()));
    MigrationPlan plan =
        timed(
            times,
            "classify+plan",
            () -> {
              List<Assessment> assessments =
                  new Classifier(dialect, current.statistics()).classify(changes);
              return new Planner(dialect, PlanOptions.none())
                  .plan(assessments, current.current(), model.desired());
            });
    List<RenderedFile> files =
        timed(
            times,
            "render",
            () ->
                new Renderer(dialect, TemplateSource.bundled())
                    .render(
                        plan,
                        RenderSettings.defaults(
                            "1", "bench", Path.of("m"), Path.of("d"), Path.of("r"))));
    if (model.desired().tables().isEmpty() || (changes.isEmpty() != files.isEmpty())) {
      throw new IllegalStateException("unexpected result: " + changes.changes().size() + " changes");
    }
  }

  private static <T> T timed(Map<String, List<Long>> times, String phase, Callable<T> work)
      throws Exception {
    long start = System.nanoTime();
    T result = work.call();
    times.computeIfAbsent(phase, k -> new ArrayList<>()).add(System.nanoTime() - start);
    return result;
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
