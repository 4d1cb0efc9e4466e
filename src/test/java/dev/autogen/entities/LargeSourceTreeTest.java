package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source tree of 5,000 files (1,000 entities among plain classes in 50 packages) reads into
 * exactly the 1,000 tables with their columns. How long it takes is the bench's question ({@code
 * bench/run.sh}, phase {@code entities}), not a unit test's.
 */
class LargeSourceTreeTest {

  @TempDir Path root;

  @Test
  void readsEveryEntityOfFiveThousandFiles() throws Exception {
    Sources sources = new Sources(root);
    for (int i = 0; i < 5_000; i++) {
      String pkg = "p" + (i % 50);
      if (i % 5 == 0) {
        sources.add(
            pkg + "/E" + i + ".java",
            """
            package %s;
            import jakarta.persistence.*;
            import java.time.Instant;
            @Entity
            public class E%d {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
              @Column(nullable = false, length = 80) private String name;
              private Instant createdAt;
              @Enumerated(EnumType.STRING) private Kind kind;
              public enum Kind { A, B, C }
              public Long getId() { return id; }
            }
            """
                .formatted(pkg, i));
      } else {
        sources.add(
            pkg + "/S" + i + ".java",
            """
            package %s;
            import java.util.List;
            public class S%d {
              private final List<String> items = List.of("a", "b");
              public int size() { return items.size() * %d; }
            }
            """
                .formatted(pkg, i, i));
      }
    }
    EntityModel model = sources.read();

    assertThat(model.warnings()).isEmpty();
    assertThat(model.desired().tables())
        .extracting(t -> t.name().value())
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 5_000).filter(i -> i % 5 == 0).mapToObj(i -> "e" + i).toList());
    assertThat(model.desired().tables())
        .allSatisfy(
            t -> {
              assertThat(t.columns())
                  .extracting(c -> c.name().value())
                  .containsExactlyInAnyOrder("id", "name", "createdat", "kind");
              assertThat(t.checks()).hasSize(1);
            });
  }
}
