package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesByKindTest {

  private static Sequence sequence(String name) {
    return new Sequence(Identifier.of(name), 1, 50);
  }

  @Test
  void eachKindKeepsItsChangesInTheOrderGiven() {
    SequenceAdded first = new SequenceAdded(sequence("a_seq"));
    SequenceDropped dropped = new SequenceDropped(sequence("b_seq"));
    SequenceAdded second = new SequenceAdded(sequence("c_seq"));

    ChangesByKind byKind = ChangesByKind.of(List.of(first, dropped, second));

    assertThat(byKind.sequencesAdded()).containsExactly(first, second);
    assertThat(byKind.sequencesDropped()).containsExactly(dropped);
    assertThat(byKind.tablesAdded()).isEmpty();
  }
}
