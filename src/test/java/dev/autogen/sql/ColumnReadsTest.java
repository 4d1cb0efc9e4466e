package dev.autogen.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnReadsTest {
  private static final Dialect POSTGRES = Dialects.forName("postgres");
  private static final Dialect MYSQL = Dialects.forName("mysql");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lower(val)",
        "coalesce(a, 'x')",
        "\"Mixed\" || 'x'",
        "CASE WHEN a > 1 THEN 'a' ELSE 'b' END",
        "users.name",
        "E'it\\'s ' || name"
      })
  void aValueComputedFromAColumnReadsColumns(String expression) {
    assertThat(ColumnReads.any(expression, POSTGRES)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'basic'",
        "now()",
        "true",
        "current_timestamp",
        "'x'::text",
        "CAST('1' AS integer)",
        "now() - interval '1 day'",
        "0",
        "1e5",
        "pg_catalog.now()",
        "'1'::pg_catalog.int4",
        "E'it\\'s a name'"
      })
  void constantsAndFunctionsOfNothingDoNot(String expression) {
    assertThat(ColumnReads.any(expression, POSTGRES)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"'it\\'s a name'", "\"text\"", "uuid()", "x'4142'"})
  void mysqlReadsQuotesAndEscapesAsTheServerDoes(String expression) {
    assertThat(ColumnReads.any(expression, MYSQL)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"`name`", "concat(name, 'it\\'s')"})
  void mysqlNamesReadColumns(String expression) {
    assertThat(ColumnReads.any(expression, MYSQL)).isTrue();
  }
}
