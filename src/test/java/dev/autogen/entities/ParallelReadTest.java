package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entities are parsed and mapped on several threads (issue 18); what the reader returns must not
 * depend on it. Every entity set of the Hibernate differential fixtures and of the real
 * applications is read on one thread, then again on four threads with the entities started in
 * random orders (so the caches filled on first use are filled by other entities each time), and
 * every read must give the same schema, warnings and the rest of the model, or the same error.
 */
class ParallelReadTest {

  static Stream<Path> entitySets() throws IOException {
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> hibernate = Files.list(Path.of("fixtures/hibernate"))) {
      hibernate.filter(Files::isDirectory).sorted().forEach(sets::add);
    }
    for (String app :
        List.of(
            "devzone/application/src/main/java",
            "hawkbit/hawkbit-repository",
            "jhipster-sample-app/src/main/java",
            "realworld-java21-springboot3/module/core/src/main/java",
            "realworld-springboot-java/src/main/java")) {
      Path root = Path.of("fixtures/realapps", app);
      if (Files.isDirectory(root)) {
        sets.add(root);
      }
    }
    // everything at once: duplicate classes and tables across the sets, so many more warnings
    sets.add(Path.of("fixtures/hibernate"));
    return sets.stream();
  }

  @ParameterizedTest
  @MethodSource("entitySets")
  void everyThreadCountAndOrderReadsTheSame(Path root) {
    String sequential = read(root, new Workers(1, Optional.empty()));
    assertThat(sequential).contains("tables:");
    for (int seed = 1; seed <= 3; seed++) {
      String parallel = read(root, new Workers(4, Optional.of(new Random(seed))));
      assertThat(firstDifference(parallel, sequential))
          .as("4 threads, order seed %d: where it differs from one thread", seed)
          .isEmpty();
    }
  }

  /** The text around the first difference, with both versions; empty when equal. */
  private static String firstDifference(String actual, String expected) {
    int i = 0;
    while (i < actual.length() && i < expected.length() && actual.charAt(i) == expected.charAt(i)) {
      i++;
    }
    if (i == actual.length() && i == expected.length()) {
      return "";
    }
    int from = Math.max(0, i - 200);
    return "got: ..."
        + actual.substring(from, Math.min(actual.length(), i + 200))
        + "\nexpected: ..."
        + expected.substring(from, Math.min(expected.length(), i + 200));
  }

  /** The whole model, or the error, as text (records print every part, in order). */
  private static String read(Path root, Workers workers) {
    try (workers) {
      EntityModel model =
          new EntityReader(PostgresDialect.create(), NamingStrategy.SPRING)
              .read(List.of(root), workers);
      return "tables: "
          + model.desired()
          + "\nwarnings: "
          + String.join("\n", model.warnings().stream().map(Object::toString).toList())
          + "\nrest: "
          + model.renames()
          + model.fieldNameEvidence()
          + model.idSequences()
          + model.fields()
          + model.encodings()
          + model.unwritten();
    } catch (EntityReadException e) {
      return "tables: none, error: " + e.getMessage();
    }
  }
}
