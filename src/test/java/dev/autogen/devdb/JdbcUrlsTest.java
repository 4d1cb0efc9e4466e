package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void masksPasswordParameterAndUserInfo() {
    assertThat(
            JdbcUrls.withoutPassword("jdbc:postgresql://h:5432/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true");
    assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://u:s3cret@h/db"))
        .isEqualTo("jdbc:postgresql://u:***@h/db");
    assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://h/db"))
        .isEqualTo("jdbc:postgresql://h/db");
  }
}
