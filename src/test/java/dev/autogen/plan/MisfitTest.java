package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.TypeMapper;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.SqlType;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Which narrowings are guarded (a planning error naming the rows, a pre-flight check) on each
 * dialect: MySQL/MariaDB spell their types {@code int}, {@code tinyint}, {@code decimal}, {@code
 * longtext}, which the PostgreSQL spellings alone missed (hawkbit's {@code bigint} to {@code int}
 * and {@code int} to {@code tinyint} went unguarded on MariaDB).
 */
class MisfitTest {

  private final TypeMapper maria = MysqlDialect.create(MysqlFlavour.MARIADB).types();
  private final TypeMapper postgres = PostgresDialect.create().types();

  private static Misfit.OutOfRange range(long min, long max) {
    return new Misfit.OutOfRange(BigInteger.valueOf(min), BigInteger.valueOf(max));
  }

  @Test
  void mysqlIntegersNarrowToTheTargetsRange() {
    assertThat(Misfit.of(SqlType.of("bigint"), SqlType.of("int"), maria))
        .contains(range(-2147483648L, 2147483647L));
    assertThat(Misfit.of(SqlType.of("int"), SqlType.of("tinyint"), maria))
        .contains(range(-128, 127));
    assertThat(Misfit.of(SqlType.of("int"), SqlType.of("mediumint"), maria))
        .contains(range(-8388608, 8388607));
    assertThat(Misfit.of(SqlType.of("tinyint"), SqlType.of("int"), maria)).isEmpty();
  }

  /**
   * Unsigned integers hold 0 up to 2^bits - 1 (MySQL 8.0 Reference Manual, 13.1.2 "Integer Types
   * (Exact Value)"; MariaDB's INT/TINYINT pages): a shrink from or to one is guarded by the
   * target's range, and a target holding the whole source range is a widening.
   */
  @Test
  void mysqlUnsignedIntegersAreSizedToo() {
    SqlType intUnsigned = SqlType.of("int unsigned");
    assertThat(Misfit.of(intUnsigned, SqlType.of("int"), maria))
        .contains(range(-2147483648L, 2147483647L));
    assertThat(Misfit.of(SqlType.of("int"), SqlType.of("smallint unsigned"), maria))
        .contains(range(0, 65535));
    assertThat(Misfit.of(SqlType.of("bigint unsigned"), SqlType.of("bigint"), maria))
        .contains(range(Long.MIN_VALUE, Long.MAX_VALUE));
    assertThat(Misfit.of(SqlType.of("bigint"), SqlType.of("bigint unsigned"), maria))
        .contains(new Misfit.OutOfRange(BigInteger.ZERO, new BigInteger("18446744073709551615")));
    assertThat(Misfit.of(SqlType.of("tinyint unsigned"), SqlType.of("mediumint unsigned"), maria))
        .isEmpty();
    assertThat(Misfit.of(intUnsigned, SqlType.of("bigint"), maria)).isEmpty();
    assertThat(maria.isWidening(intUnsigned, SqlType.of("bigint"))).isTrue();
    assertThat(maria.isWidening(intUnsigned, SqlType.of("int"))).isFalse();
    assertThat(maria.isWidening(SqlType.of("smallint"), SqlType.of("int unsigned"))).isFalse();
  }

  @Test
  void mysqlTextsAndDecimalsNarrowToo() {
    assertThat(Misfit.of(SqlType.of("longtext"), SqlType.of("varchar", 100), maria))
        .contains(new Misfit.TooLong(100));
    assertThat(Misfit.of(SqlType.of("decimal", 10, 2), SqlType.of("decimal", 8, 2), maria))
        .contains(new Misfit.TooManyDigits(6, 2));
  }

  @Test
  void postgresNarrowingsAreUnchanged() {
    assertThat(Misfit.of(SqlType.of("bigint"), SqlType.of("integer"), postgres))
        .contains(range(-2147483648L, 2147483647L));
    assertThat(Misfit.of(SqlType.of("integer"), SqlType.of("smallint"), postgres))
        .contains(range(-32768, 32767));
    assertThat(Misfit.of(SqlType.of("text"), SqlType.of("varchar", 20), postgres))
        .contains(new Misfit.TooLong(20));
    assertThat(Misfit.of(SqlType.of("numeric", 10, 2), SqlType.of("numeric", 8, 2), postgres))
        .contains(new Misfit.TooManyDigits(6, 2));
    assertThat(Misfit.of(SqlType.of("smallint"), SqlType.of("bigint"), postgres)).isEmpty();
  }
}
