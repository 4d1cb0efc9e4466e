package dev.autogen.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identity;
import dev.autogen.model.ReferentialAction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckDefinitionsTest {

  @Test
  void stripsCheckWrapper() {
    assertThat(CheckDefinitions.condition("CHECK ((qty >= 0))")).isEqualTo("(qty >= 0)");
  }

  @Test
  void stripsNotValidAndNoInheritFlags() {
    assertThat(CheckDefinitions.condition("CHECK ((qty >= 0)) NOT VALID")).isEqualTo("(qty >= 0)");
    assertThat(CheckDefinitions.condition("CHECK ((a <> 'x')) NO INHERIT NOT VALID"))
        .isEqualTo("(a <> 'x')");
  }

  @Test
  void keepsParenthesesInsideTheCondition() {
    assertThat(CheckDefinitions.condition("CHECK (((a > 0) AND (b > 0)))"))
        .isEqualTo("((a > 0) AND (b > 0))");
  }

  @Test
  void mapsReferentialActionCodes() {
    assertThat(ConstraintReader.action("a")).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(ConstraintReader.action("r")).isEqualTo(ReferentialAction.RESTRICT);
    assertThat(ConstraintReader.action("c")).isEqualTo(ReferentialAction.CASCADE);
    assertThat(ConstraintReader.action("n")).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(ConstraintReader.action("d")).isEqualTo(ReferentialAction.SET_DEFAULT);
  }

  @Test
  void mapsIdentityCodes() {
    assertThat(ColumnReader.identity("a")).contains(Identity.ALWAYS);
    assertThat(ColumnReader.identity("d")).contains(Identity.BY_DEFAULT);
    assertThat(ColumnReader.identity("")).isEqualTo(Optional.empty());
    assertThat(ColumnReader.identity(null)).isEqualTo(Optional.empty());
  }
}
