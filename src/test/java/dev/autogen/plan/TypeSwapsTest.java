package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import org.junit.jupiter.api.Test;

/** Which checks a type swap moves: those whose condition names the swapped column. */
class TypeSwapsTest {

  @Test
  void aConditionNamesAColumnPlainOrQuoted() {
    assertThat(TypeSwaps.mentions("price>=0", Identifier.of("price"))).isTrue();
    assertThat(TypeSwaps.mentions("\"MixedCase\">=0", Identifier.of("MixedCase"))).isTrue();
    assertThat(TypeSwaps.mentions("price_old>=0", Identifier.of("price"))).isFalse();
  }

  @Test
  void aNameWithADoubleQuoteAppearsWithTheQuoteDoubled() {
    // found by RoundTripIT: widening "we""ird" dropped its check, which the swap did not move
    assertThat(TypeSwaps.mentions("\"we\"\"ird\">=0", Identifier.of("we\"ird"))).isTrue();
  }
}
