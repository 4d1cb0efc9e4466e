package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ExpressionRules;
import dev.autogen.model.SqlType;
import org.junit.jupiter.api.Test;

class MysqlExpressionRulesTest {

  private final ExpressionRules rules = MysqlDialect.create().expressions();

  /** MariaDB 10.11 gives a text column's default 'dëf''ault' back as 'dëf\'ault'. */
  @Test
  void aQuoteEscapedWithABackslashIsTheDoubledQuote() {
    assertThat(rules.normalizeDefault("'dëf\\'ault'"))
        .isEqualTo(rules.normalizeDefault("'dëf''ault'"))
        .isEqualTo("'dëf''ault'");
    assertThat(rules.normalizeDefault("'a\\\\b'")).isEqualTo("'a\\\\b'");
  }

  /**
   * A quoted number is the number on a numeric column only: the normal form is also what a plan
   * writes, and MariaDB stores a varchar's DEFAULT 00123 as '123' (tried).
   */
  @Test
  void aQuotedNumberIsANumberOnlyOnANumericColumn() {
    Dialect dialect = MysqlDialect.create();
    assertThat(dialect.columnDefault("'0'", SqlType.of("int")))
        .isEqualTo(dialect.columnDefault("0", SqlType.of("int")))
        .isEqualTo("0");
    assertThat(dialect.columnDefault("'-7'", SqlType.of("bigint unsigned"))).isEqualTo("-7");
    assertThat(dialect.columnDefault("'1.50'", SqlType.of("decimal", 5, 2))).isEqualTo("1.5");
    assertThat(dialect.columnDefault("'00123'", SqlType.of("varchar", 5))).isEqualTo("'00123'");
    assertThat(dialect.columnDefault("'1.50'", SqlType.of("char", 4))).isEqualTo("'1.50'");
  }

  @Test
  void storedDefaultsMatchWhatAMappingWrites() {
    assertThat(rules.normalizeDefault("current_timestamp()"))
        .isEqualTo(rules.normalizeDefault("CURRENT_TIMESTAMP"))
        .isEqualTo(rules.normalizeDefault("now()"));
    assertThat(rules.normalizeDefault("current_timestamp(6)")).isEqualTo("current_timestamp");
    assertThat(rules.normalizeDefault("b'1'")).isEqualTo(rules.normalizeDefault("true"));
    assertThat(rules.normalizeDefault("1.50")).isEqualTo(rules.normalizeDefault("1.5"));
    assertThat(rules.normalizeDefault("2.00")).isEqualTo("2");
    assertThat(rules.normalizeDefault("'New'")).isEqualTo("'New'");
    assertThat(rules.normalizeDefault("'New'")).isNotEqualTo(rules.normalizeDefault("'new'"));
  }

  @Test
  void storedChecksMatchWhatAMappingWrites() {
    assertThat(rules.normalizeCheck("(`price` >= 0)")).isEqualTo(rules.normalizeCheck("price>=0"));
    assertThat(rules.normalizeCheck("`status` in (_utf8mb4'A',_utf8mb4'B')"))
        .isEqualTo(rules.normalizeCheck("status in ('A', 'B')"));
    assertThat(rules.normalizeCheck("`s` between 0 and 2"))
        .isEqualTo(rules.normalizeCheck("s<=2 and s>=0"));
    assertThat(rules.normalizeCheck("`a` <> 1")).isEqualTo(rules.normalizeCheck("a != 1"));
    assertThat(rules.normalizeCheck("a > 1")).isNotEqualTo(rules.normalizeCheck("a > 2"));
  }

  /** The servers' spellings as MariaDB 10.11 stored them (information_schema.check_constraints). */
  @Test
  void modAndPositionCompareAsTheServerStoresThem() {
    assertThat(rules.normalizeCheck("`a` MOD 2 = 0"))
        .isEqualTo(rules.normalizeCheck("mod(a, 2) = 0"));
    assertThat(rules.normalizeCheck("(`a` + 1) MOD 2 = 0"))
        .isEqualTo(rules.normalizeCheck("mod(a + 1, 2) = 0"));
    assertThat(rules.normalizeCheck("`a` MOD (`b` + 1) = 0"))
        .isEqualTo(rules.normalizeCheck("MOD(a, b + 1) = 0"));
    assertThat(rules.normalizeCheck("abs(`a`) MOD 2 = 1"))
        .isEqualTo(rules.normalizeCheck("mod(abs(a), 2) = 1"));
    assertThat(rules.normalizeCheck("-(`a` MOD 2) < 5"))
        .isEqualTo(rules.normalizeCheck("-mod(a,2) < 5"));
    assertThat(rules.normalizeCheck("locate('x',substr(`code`,1,3)) > 0"))
        .isEqualTo(rules.normalizeCheck("position('x' in substring(code, 1, 3)) > 0"));
    assertThat(rules.normalizeCheck("locate(`code`,'abc') >= 0"))
        .isEqualTo(rules.normalizeCheck("POSITION(code IN 'abc') >= 0"));
    // a name that only starts like the function, or a string holding it, is left alone
    assertThat(rules.normalizeCheck("modulus(a, 2) = 0")).isEqualTo("modulus(a,2)=0");
    assertThat(rules.normalizeCheck("code <> 'mod(a, 2)'")).isEqualTo("code<>'mod(a, 2)'");
    assertThat(rules.normalizeCheck("mod(a, 3) = 0"))
        .isNotEqualTo(rules.normalizeCheck("mod(a, 2) = 0"));
  }

  /** MariaDB 10.11 stores a list of one as a comparison (tried). */
  @Test
  void aListOfOneIsTheComparisonTheServerStores() {
    assertThat(rules.normalizeCheck("`s` = 'A'")).isEqualTo(rules.normalizeCheck("s in ('A')"));
    assertThat(rules.normalizeCheck("`t` <> 'B'"))
        .isEqualTo(rules.normalizeCheck("t not in ('B')"));
    assertThat(rules.normalizeCheck("`u` = 3")).isEqualTo(rules.normalizeCheck("u in (3, 3)"));
    assertThat(rules.normalizeCheck("s in ('A')")).isNotEqualTo(rules.normalizeCheck("s in ('B')"));
  }

  /** MariaDB reads every name of a check back in backticks; the normalised form must still run. */
  @Test
  void aNameThatMustBeQuotedKeepsItsBackticks() {
    assertThat(rules.normalizeCheck("(`limit` >= 0)"))
        .isEqualTo(rules.normalizeCheck("`LIMIT`>=0"))
        .isEqualTo("`limit`>=0");
    assertThat(rules.normalizeCheck("`a b` >= 0")).isEqualTo("`a b`>=0");
    assertThat(rules.normalizeCheck("`it's` >= 0")).isEqualTo("`it's`>=0");
    assertThat(rules.normalizeCheck("`we\"ird` >= 0")).isEqualTo("`we\"ird`>=0");
    assertThat(rules.normalizeCheck("`名前` >= 0")).isEqualTo("`名前`>=0");
    assertThat(rules.normalizeCheck("`a``b` >= 0")).isEqualTo("`a``b`>=0");
    assertThat(rules.normalizeCheck("`MixedCase` >= 0")).isEqualTo("mixedcase>=0");
  }

  /**
   * A quote escaped with a backslash ({@code \'}, as MySQL writes it) stays inside its string: the
   * name after the string is still read as a name, its spaces and comma kept.
   */
  @Test
  void aBackslashEscapedQuoteDoesNotEndTheString() {
    assertThat(rules.normalizeCheck("note <> 'it\\'s' and `a , b` >= 0"))
        .isEqualTo(rules.normalizeCheck("note <> 'it''s' and `a , b` >= 0"))
        .isEqualTo("note<>'it''s' and `a , b`>=0");
    assertThat(rules.normalizeCheck("`x y` <> 'a\\'b' and `c , d` = 'e'"))
        .isEqualTo("`c , d`='e' and `x y`<>'a''b'");
  }

  @Test
  void aQuotedNameIsNotTakenApart() {
    assertThat(rules.normalizeCheck("`x (y) = z` between 1 and 2"))
        .isEqualTo(rules.normalizeCheck("`x (y) = z` <= 2 AND `x (y) = z` >= 1"))
        .isEqualTo("`x (y) = z`<=2 and `x (y) = z`>=1");
    assertThat(rules.normalizeCheck("`b c` >= 0 and `a` >= 0"))
        .isEqualTo(rules.normalizeCheck("a >= 0 and `b c` >= 0"));
  }

  /** MariaDB gives a blob's default back as the hex literal written, in any of its spellings. */
  @Test
  void aHexLiteralDefaultStaysAHexLiteral() {
    assertThat(rules.normalizeDefault("x'00'"))
        .isEqualTo(rules.normalizeDefault("X'00'"))
        .isEqualTo(rules.normalizeDefault("0x00"))
        .isEqualTo("x'00'");
    assertThat(rules.normalizeDefault("X'0a0B'")).isEqualTo("x'0a0b'");
    assertThat(rules.normalizeDefault("x'10'")).isNotEqualTo(rules.normalizeDefault("10"));
  }

  @Test
  void literalsEscapeQuotesAndBackslashes() {
    assertThat(rules.literal("it's \\ ok")).isEqualTo("'it''s \\\\ ok'");
  }

  @Test
  void inListsCompareAsSets() {
    assertThat(rules.normalizeCheck("`status` in (_utf8mb4'B',_utf8mb4'A')"))
        .isEqualTo(rules.normalizeCheck("status in ('A', 'B')"));
  }

  /** As MariaDB 10.11 stores each (information_schema.check_constraints), against the source. */
  @Test
  void storedFormsOfModNotBetweenAndNegatedGroupsCompareEqual() {
    assertThat(rules.normalizeCheck("`qty` MOD 2 = 0"))
        .isEqualTo(rules.normalizeCheck("qty % 2 = 0"));
    assertThat(rules.normalizeCheck("`qty` not between 1 and 10"))
        .isEqualTo(rules.normalizeCheck("qty not between 1 and 10"))
        .isEqualTo("qty<1 or qty>10");
    assertThat(rules.normalizeCheck("char_length(`name`) between 1 and 20"))
        .isEqualTo(rules.normalizeCheck("char_length(name) between 1 and 20"));
    assertThat(rules.normalizeCheck("not (a > 1 and b > 2)"))
        .isEqualTo(rules.normalizeCheck("`a` <= 1 or `b` <= 2"))
        .isEqualTo("a<=1 or b<=2")
        .isNotEqualTo(rules.normalizeCheck("not a > 1 and b > 2"));
  }

  /** MariaDB 10.11 stores a not pushed down, by De Morgan's laws (tried). */
  @Test
  void aNegationComparesAsTheServerPushesItDown() {
    assertThat(rules.normalizeCheck("not (a > 1 or b = 2)"))
        .isEqualTo(rules.normalizeCheck("`a` <= 1 and `b` <> 2"));
    assertThat(rules.normalizeCheck("not (a > 1 and (b < 2 or b > 5))"))
        .isEqualTo(rules.normalizeCheck("`a` <= 1 or `b` >= 2 and `b` <= 5"));
    assertThat(rules.normalizeCheck("not (a is null)"))
        .isEqualTo(rules.normalizeCheck("`a` is not null"));
    assertThat(rules.normalizeCheck("not (a in (1, 2))"))
        .isEqualTo(rules.normalizeCheck("`a` not in (1,2)"));
    assertThat(rules.normalizeCheck("not (a > 1 and name like 'x%')"))
        .isEqualTo(rules.normalizeCheck("`a` <= 1 or `name`  not like 'x%'"));
    assertThat(rules.normalizeCheck("not a = 1")).isEqualTo(rules.normalizeCheck("`a` <> 1"));
  }

  /** MariaDB 10.11's spelling of functions and booleans in a stored check (tried). */
  @Test
  void functionAliasesAndBooleansCompareAsTheServerStoresThem() {
    assertThat(rules.normalizeCheck("upper(code) = code"))
        .isEqualTo(rules.normalizeCheck("ucase(`code`) = `code`"));
    assertThat(rules.normalizeCheck("substring(code, 1, 1) <> 'x' and length(code) < 9"))
        .isEqualTo(rules.normalizeCheck("substr(`code`,1,1) <> 'x' and octet_length(`code`) < 9"));
    assertThat(rules.normalizeCheck("case when a > 1 then b > 1 else true end"))
        .isEqualTo(rules.normalizeCheck("case when `a` > 1 then `b` > 1 else 1 end"));
    assertThat(rules.normalizeCheck("code <> 'true'")).isEqualTo("code<>'true'");
  }

  /** MySQL 8.0.13+ takes an expression default only in parentheses; MariaDB takes both. */
  @Test
  void anExpressionDefaultIsWrittenInParentheses() {
    assertThat(rules.writtenDefault(rules.normalizeDefault("(1 + 2)"))).isEqualTo("(1 + 2)");
    assertThat(rules.writtenDefault(rules.normalizeDefault("concat('a', 'b')")))
        .isEqualTo("(concat('a','b'))");
    assertThat(rules.writtenDefault("'x  y'")).isEqualTo("'x  y'");
    assertThat(rules.writtenDefault("-0.5")).isEqualTo("-0.5");
    assertThat(rules.writtenDefault("current_timestamp(6)")).isEqualTo("current_timestamp(6)");
    assertThat(rules.normalizeDefault("'x  y'")).isEqualTo("'x  y'");
  }
}
