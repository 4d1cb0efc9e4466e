package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads one small entity held in memory, so that the classes a read uses are loaded and initialised
 * (JavaParser's node classes and meta model among them) and its methods have started to compile. A
 * command starts it on the idle core while picocli builds the command line, which takes the first
 * 100 ms of every run on one core (issue 18, docs/performance.md). It reads no file, writes nothing
 * and keeps nothing: each read builds its own parser, index and caches.
 */
public final class ReadingWarmUp {

  private static final String SOURCE =
      """
      package autogen.warmup;

      import jakarta.persistence.*;
      import java.math.BigDecimal;
      import java.time.Instant;

      @Entity
      @Table(name = "warm_up", indexes = @Index(name = "warm_up_code", columnList = "code"))
      public class WarmUp {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "parent_id")
        private WarmUp parent;

        @Column(name = "code", length = 40, nullable = false, unique = true)
        private String code;

        @Column(precision = 19, scale = 2)
        private BigDecimal amount;

        @Enumerated(EnumType.STRING)
        private Kind kind;

        private Instant createdAt;

        public Long getId() {
          return id;
        }

        public enum Kind {
          A,
          B
        }
      }
      """;

  private ReadingWarmUp() {}

  /** Reads the entity above as the dialect maps it; any failure is dropped (only time is lost). */
  public static void run(Dialect dialect) {
    try {
      read(dialect);
    } catch (RuntimeException e) {
      // nothing depends on it
    }
  }

  /** The model of the entity above (a test checks that the warm-up really maps it). */
  static EntityModel read(Dialect dialect) {
    SourceParser parser = new SourceParser();
    Path path = Path.of("autogen-warm-up", "WarmUp.java");
    SourceFile file =
        parser.load(new Deferred(path, SOURCE, "autogen.warmup", Set.of("WarmUp", "Kind")));
    return new EntityReader(dialect, NamingStrategy.JPA).readParsed(List.of(file), parser);
  }
}
