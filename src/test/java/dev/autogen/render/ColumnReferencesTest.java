package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnReferencesTest {

  @Test
  void aValueComputedFromAColumnReadsColumns() {
    assertThat(ColumnReferences.any("lower(val)")).isTrue();
    assertThat(ColumnReferences.any("coalesce(a, 'x')")).isTrue();
    assertThat(ColumnReferences.any("\"Mixed\" || 'x'")).isTrue();
    assertThat(ColumnReferences.any("CASE WHEN a > 1 THEN 'a' ELSE 'b' END")).isTrue();
  }

  @Test
  void constantsAndFunctionsOfNothingDoNot() {
    assertThat(ColumnReferences.any("'basic'")).isFalse();
    assertThat(ColumnReferences.any("now()")).isFalse();
    assertThat(ColumnReferences.any("true")).isFalse();
    assertThat(ColumnReferences.any("current_timestamp")).isFalse();
    assertThat(ColumnReferences.any("'x'::text")).isFalse();
    assertThat(ColumnReferences.any("CAST('1' AS integer)")).isFalse();
    assertThat(ColumnReferences.any("now() - interval '1 day'")).isFalse();
    assertThat(ColumnReferences.any("0")).isFalse();
  }
}
