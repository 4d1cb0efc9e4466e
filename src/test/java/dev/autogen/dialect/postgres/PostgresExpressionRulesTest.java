package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ExpressionRules;
import dev.autogen.model.SqlType;
import org.junit.jupiter.api.Test;

class PostgresExpressionRulesTest {

  private final ExpressionRules rules = PostgresDialect.create().expressions();

  @Test
  void aQuotedNameKeepsItsCaseAndLosesQuotesOnlyWhereTheServerWritesNone() {
    // found by RoundTripIT: "MixedCase" >= 0 became "mixedcase">=0, a check on no such column
    assertThat(rules.normalizeCheck("\"MixedCase\" >= 0")).isEqualTo("\"MixedCase\">=0");
    assertThat(rules.normalizeCheck("((\"MixedCase\" >= 0))")).isEqualTo("\"MixedCase\">=0");
    assertThat(rules.normalizeCheck("\"price\" > 0"))
        .isEqualTo(rules.normalizeCheck("(price > 0)"));
    assertThat(rules.normalizeCheck("(\"limit\" >= 0)")).isEqualTo("\"limit\">=0");
    assertThat(rules.normalizeCheck("\"we\"\"ird\" >= 0")).isEqualTo("\"we\"\"ird\">=0");
    assertThat(rules.normalizeCheck("\"名前\" >= 0")).isEqualTo("\"名前\">=0");
  }

  @Test
  void conjunctionsCompareWhateverTheirOrder() {
    // Hibernate joins @Min and @Max checks in no stable order; the server keeps what it was given
    assertThat(rules.normalizeCheck("((age >= 18) AND (age <= 130))"))
        .isEqualTo(rules.normalizeCheck("(age<=130) and (age>=18)"))
        .isEqualTo(rules.normalizeCheck("age between 18 and 130"));
  }

  @Test
  void disjunctionsAndLiteralsKeepTheirOrder() {
    assertThat(rules.normalizeCheck("a > 1 or b > 2 and c > 3")).isEqualTo("a>1 or b>2 and c>3");
    assertThat(rules.normalizeCheck("s = 'x and y' and t > 1")).isEqualTo("s='x and y' and t>1");
  }

  @Test
  void negativeConstantsStoredAsCastStringsCompareEqual() {
    assertThat(rules.normalizeCheck("((balance >= '-3'::integer) AND (balance <= 10))"))
        .isEqualTo(rules.normalizeCheck("balance between -3 and 10"));
    assertThat(rules.normalizeCheck("code = '7a'")).isEqualTo("code='7a'");
  }

  @Test
  void inListsCompareAsSets() {
    // issue 13: the same members in another order showed as drop + add
    assertThat(rules.normalizeCheck("status in ('A','B')"))
        .isEqualTo(rules.normalizeCheck("status in ('B', 'A')"))
        .isEqualTo(
            rules.normalizeCheck(
                "((status)::text = ANY ((ARRAY['B'::character varying, 'A'::character"
                    + " varying])::text[]))"));
    assertThat(rules.normalizeCheck("status in ('A','B')"))
        .isNotEqualTo(rules.normalizeCheck("status in ('A','C')"));
    assertThat(rules.normalizeCheck("n in (3, 1) and s not in ('it''s', 'a')"))
        .isEqualTo("n in (1,3) and s not in ('a','it''s')");
  }

  /**
   * The normal form is also what a plan writes: a group whose parentheses carry meaning keeps them,
   * a call keeps its own, and a literal is left alone. All parentheses used to go, so {@code (a or
   * b) and c} was written {@code a or b and c}, another constraint.
   */
  @Test
  void parenthesesThatCarryMeaningStay() {
    assertThat(rules.normalizeCheck("(a > 0 or b > 0) and c > 0"))
        .isEqualTo("(a>0 or b>0) and c>0")
        .isEqualTo(rules.normalizeCheck("(((a > 0) OR (b > 0)) AND (c > 0))"));
    assertThat(rules.normalizeCheck("((a > 0) OR (b > 0))")).isEqualTo("a>0 or b>0");
    assertThat(rules.normalizeCheck("char_length((name)::text) > 0"))
        .isEqualTo("char_length(name)>0")
        .isEqualTo(rules.normalizeCheck("char_length(name) > 0"));
    assertThat(rules.normalizeCheck("x <> '(a)'")).isEqualTo("x<>'(a)'");
  }

  /** As PostgreSQL 15 stores each (pg_get_constraintdef), against what a user writes. */
  @Test
  void storedFormsOfNotBetweenLikeAndNegatedGroupsCompareEqual() {
    assertThat(rules.normalizeCheck("(NOT ((a > 1) AND (b > 2)))"))
        .isEqualTo(rules.normalizeCheck("not (a > 1 and b > 2)"))
        .isEqualTo("not (a>1 and b>2)")
        .isNotEqualTo(rules.normalizeCheck("not a > 1 and b > 2"));
    assertThat(rules.normalizeCheck("((qty < 1) OR (qty > 10))"))
        .isEqualTo(rules.normalizeCheck("qty not between 1 and 10"));
    assertThat(rules.normalizeCheck("(((a > 0) AND ((qty < 1) OR (qty > 10))))"))
        .isEqualTo(rules.normalizeCheck("a > 0 and qty not between 1 and 10"));
    assertThat(
            rules.normalizeCheck(
                "((char_length((name)::text) >= 1) AND (char_length((name)::text) <= 20))"))
        .isEqualTo(rules.normalizeCheck("char_length(name) between 1 and 20"));
    assertThat(rules.normalizeCheck("(((name)::text ~~ 'a%'::text) OR (name IS NULL))"))
        .isEqualTo(rules.normalizeCheck("name like 'a%' or name is null"));
    assertThat(rules.normalizeCheck("((name)::text !~~* 'a%'::text)"))
        .isEqualTo(rules.normalizeCheck("name not ilike 'a%'"));
    assertThat(rules.normalizeCheck("(TRIM(BOTH FROM name) <> ''::text)"))
        .isEqualTo(rules.normalizeCheck("trim(name) <> ''"));
  }

  /** PostgreSQL 15 stores DEFAULT -1 as '-1'::integer, DEFAULT '7' as '7'::bigint (tried). */
  @Test
  void aNegativeDefaultStoredAsACastStringIsTheNumber() {
    assertThat(rules.normalizeDefault("'-1'::integer")).isEqualTo(rules.normalizeDefault("-1"));
    assertThat(rules.normalizeDefault("'-1'::character varying")).isEqualTo("'-1'");
    assertThat(rules.normalizeDefault("'7'::bigint")).isEqualTo(rules.normalizeDefault("'7'"));
    // the server stores DEFAULT '5' on an integer as 5; a text column keeps its string
    Dialect dialect = PostgresDialect.create();
    assertThat(dialect.columnDefault("'5'", SqlType.of("integer")))
        .isEqualTo(dialect.columnDefault("5", SqlType.of("integer")));
    assertThat(dialect.columnDefault("'-1'", SqlType.of("integer")))
        .isEqualTo(dialect.columnDefault("'-1'::integer", SqlType.of("integer")));
    assertThat(dialect.columnDefault("'007'", SqlType.of("varchar", 5))).isEqualTo("'007'");
  }

  /** Found by RoundTripIT: a quote mark in a quoted name opened a "literal" to the end. */
  @Test
  void aQuoteMarkInAQuotedNameOpensNoLiteral() {
    assertThat(rules.normalizeCheck("((\"it's\" >= (0)::double precision))"))
        .isEqualTo(rules.normalizeCheck("\"it's\" >= 0"))
        .isEqualTo("\"it's\">=0");
  }

  /** PostgreSQL 15 stores a list of one as a comparison (tried). */
  @Test
  void aListOfOneIsTheComparisonTheServerStores() {
    assertThat(rules.normalizeCheck("((s)::text = 'A'::text)"))
        .isEqualTo(rules.normalizeCheck("s in ('A')"));
    assertThat(rules.normalizeCheck("((t)::text <> 'B'::text)"))
        .isEqualTo(rules.normalizeCheck("t not in ('B')"));
    assertThat(rules.normalizeCheck("(u = 3)")).isEqualTo(rules.normalizeCheck("u in (3)"));
    assertThat(rules.normalizeCheck("s in ('A')")).isNotEqualTo(rules.normalizeCheck("s in ('B')"));
  }
}
