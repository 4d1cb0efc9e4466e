package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeSourceTreeTest {

  @TempDir Path root;

  @Test
  void readsFiveThousandFilesQuickly() throws Exception {
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
    long start = System.nanoTime();
    EntityModel model = sources.read();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(model.desired().tables()).hasSize(1_000);
    assertThat(model.warnings()).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    System.out.println("read 5000 files in " + took.toMillis() + " ms");
  }
}
