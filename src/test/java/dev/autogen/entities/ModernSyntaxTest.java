package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources are parsed without language-level validation; newer syntax must still parse. */
class ModernSyntaxTest {

  @TempDir Path root;

  @Test
  void readsEntityBesideRecordsSealedTypesAndSwitchExpressions() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "app/Shape.java",
                """
                package app;
                public sealed interface Shape permits Circle {}
                """)
            .add(
                "app/Circle.java",
                """
                package app;
                public record Circle(double radius) implements Shape {
                  public String kind(Object o) {
                    return switch (o) {
                      case Integer i when i > 0 -> { yield "positive"; }
                      default -> "other";
                    };
                  }
                }
                """)
            .add(
                "app/Drawing.java",
                """
                package app;
                import jakarta.persistence.*;
                @Entity
                public class Drawing {
                  @Id private Long id;
                  private String title;
                  public String label() {
                    var text = \"""
                        drawing\""";
                    return text;
                  }
                }
                """)
            .read();

    assertThat(model.desired().tables()).hasSize(1);
    assertThat(model.desired().tables().get(0).columns()).hasSize(2);
    assertThat(model.warnings()).isEmpty();
  }
}
