package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresTypeMapperTest {

  private final TypeMapper utc = PostgresDialect.create(new ServerVersion(15, 0), "UTC").types();

  @Test
  void narrowingVarcharUnderUtcIsAnAnswerNotACrash() {
    // Set.of(f, t) with f == t threw "duplicate element: varchar" (issue 13)
    assertThat(utc.isMetadataOnlyChange(varchar(20), varchar(10))).isFalse();
    assertThat(utc.isMetadataOnlyChange(varchar(10), varchar(20))).isTrue();
    assertThat(utc.isMetadataOnlyChange(SqlType.of("int4"), SqlType.of("int4"))).isTrue();
    assertThat(
            utc.isMetadataOnlyChange(
                new SqlType("numeric", List.of(10, 2)), new SqlType("numeric", List.of(8, 2))))
        .isFalse();
  }

  @Test
  void timestampZoneSwitchUnderUtcStaysMetadataOnly() {
    assertThat(utc.isMetadataOnlyChange(SqlType.of("timestamp"), SqlType.of("timestamptz")))
        .isTrue();
    assertThat(utc.isMetadataOnlyChange(SqlType.of("timestamptz"), SqlType.of("timestamp")))
        .isTrue();
    assertThat(utc.isMetadataOnlyChange(SqlType.of("timestamp"), SqlType.of("date"))).isFalse();
  }

  private static SqlType varchar(int n) {
    return new SqlType("varchar", List.of(n));
  }

  @Test
  void keyBytesCountUtf8CharactersAndLeaveTextUnbounded() {
    assertThat(utc.keyBytes(utc.parse("character varying(100)"))).isEqualTo(400);
    assertThat(utc.keyBytes(utc.parse("varchar"))).isEqualTo(Long.MAX_VALUE);
    assertThat(utc.keyBytes(utc.parse("text"))).isEqualTo(Long.MAX_VALUE);
    assertThat(utc.keyBytes(utc.parse("bytea"))).isEqualTo(Long.MAX_VALUE);
    assertThat(utc.keyBytes(utc.parse("int8"))).isEqualTo(8);
  }
}
