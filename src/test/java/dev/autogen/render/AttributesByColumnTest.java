package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.Identifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributesByColumnTest {

  private static final Identifier T = Identifier.of("t");
  private static final Identifier A = Identifier.of("a");
  private static final Identifier B = Identifier.of("b");
  private static final Identifier C = Identifier.of("c");

  private static ColumnAttributes latin1(Identifier column) {
    return new ColumnAttributes(
        T, column, Optional.of("latin1"), Optional.empty(), Optional.of("note"));
  }

  @Test
  void aCarriedColumnGetsTheSourcesAttributesUnderItsOwnName() {
    AttributesByColumn index = new AttributesByColumn(List.of(latin1(A)));
    assertThat(index.carry(T, A, B)).isTrue();
    assertThat(index.get(T, B)).contains(latin1(B));
    assertThat(index.values()).containsExactly(latin1(A), latin1(B));
  }

  @Test
  void aColumnWithItsOwnAttributesOrASourceWithoutAnyIsLeftAlone() {
    ColumnAttributes own =
        new ColumnAttributes(T, B, Optional.empty(), Optional.of("utf8mb4_bin"), Optional.empty());
    AttributesByColumn index = new AttributesByColumn(List.of(latin1(A), own));
    assertThat(index.carry(T, A, B)).isFalse();
    assertThat(index.carry(T, C, A)).isFalse();
    assertThat(index.get(T, B)).contains(own);
    assertThat(index.get(Identifier.of("other"), A)).isEmpty();
  }
}
