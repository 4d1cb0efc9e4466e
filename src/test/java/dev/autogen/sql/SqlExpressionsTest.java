package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlExpressionsTest {
  private static final Dialect POSTGRES = Dialects.forName("postgres");
  private static final Dialect MYSQL = Dialects.forName("mysql");

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
    assertThat(SqlExpressions.problem(text, POSTGRES)).isEmpty();
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
    assertThat(SqlExpressions.problem(text, POSTGRES)).isPresent();
  }

  /** Quotes and comments as MySQL reads them: {@code #} starts a comment, {@code \'} escapes. */
  @ParameterizedTest
  @ValueSource(strings = {"data #>> '{a,b}'", "1 # the rest of the line", "'it\\'s'; drop table t"})
  void mysqlCommentsAndEscapesAreRead(String text) {
    assertThat(SqlExpressions.problem(text, MYSQL)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'basic'", "lower(val)", "'a -- b; c'", "'it''s'"})
  void oneMysqlExpressionIsAccepted(String text) {
    assertThat(SqlExpressions.problem(text, MYSQL)).isEmpty();
  }
}
