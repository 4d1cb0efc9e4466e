package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlExpressionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'basic'",
        "0",
        "-1.5",
        "lower(val)",
        "now()",
        "'x'::text",
        "'it''s'",
        "coalesce(a, 'x')",
        "CASE WHEN a > 1 THEN 'a' ELSE 'b' END",
        "now() - interval '1 day'",
        "'a -- b; c'",
        "data #>> '{a,b}'"
      })
  void oneExpressionIsAccepted(String text) {
    assertThat(SqlExpressions.problem(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'x'; drop table t; --",
        "'unbalanced",
        "x'",
        "1) ; delete from t where (1=1",
        "lower(val) -- the rest of the line",
        "1 /* comment */",
        "'a' 'b' c d",
        "",
        "  ",
        "select 1"
      })
  void anythingElseIsRefused(String text) {
    assertThat(SqlExpressions.problem(text)).isPresent();
  }
}
