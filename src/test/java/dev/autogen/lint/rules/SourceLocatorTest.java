package dev.autogen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where an entity maps a table or column. */
class SourceLocatorTest {

  @Test
  void sourceLocatorFindsTheEntityAndTheField() {
    SourceLocator locator =
        new SourceLocator(
            List.of(
                new SourceLocator.Source(
                    "User.java",
                    "@Entity\n@Table(name = \"users\")\npublic class User {\n  @Id\n  private Long id;\n\n"
                        + "  @Column(length = 50)\n  private String legacyCode;\n}\n")));
    assertThat(locator.find("users", Optional.of("legacy_code")))
        .contains(new SourceLocator.Place("User.java", 8));
    assertThat(locator.find("users", Optional.empty()))
        .contains(new SourceLocator.Place("User.java", 3));
    assertThat(locator.find("orders", Optional.empty())).isEmpty();
  }
}
