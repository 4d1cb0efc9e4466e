package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static String resolve(String text, Map<String, String> values) {
    return Placeholders.resolve(text, k -> Optional.ofNullable(values.get(k)), "x");
  }

  @Test
  void valuesDefaultsAndNesting() {
    assertThat(resolve("a${A}b", Map.of("A", "1"))).isEqualTo("a1b");
    assertThat(resolve("${A:jdbc:postgresql://h:5432/db}", Map.of()))
        .isEqualTo("jdbc:postgresql://h:5432/db");
    assertThat(resolve("${A:${B:x}}-${C:}", Map.of("B", "2"))).isEqualTo("2-");
    assertThat(resolve("${A}", Map.of("A", "${B}", "B", "deep"))).isEqualTo("deep");
    assertThat(resolve("no ${ placeholder", Map.of())).isEqualTo("no ${ placeholder");
  }

  @Test
  void missingAndCircularPlaceholdersAreErrors() {
    assertThatThrownBy(() -> resolve("${db.password}", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("${db.password} has no value")
        .hasMessageContaining("DB_PASSWORD");
    assertThatThrownBy(() -> resolve("${A}", Map.of("A", "${A}"))).hasMessageContaining("circle");
  }
}
