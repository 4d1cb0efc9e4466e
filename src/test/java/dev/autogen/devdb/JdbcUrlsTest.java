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

  @Test
  void namesAnotherDatabaseWithoutTheUrlsCredentials() {
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql://127.0.0.1:5432/test", "sbx"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/sbx");
    assertThat(
            JdbcUrls.withDatabase(
                "jdbc:postgresql://h:5432/db?user=u&password=p&ssl=true&currentSchema=app", "sbx"))
        .isEqualTo("jdbc:postgresql://h:5432/sbx?ssl=true");
    assertThat(JdbcUrls.withDatabase("jdbc:mysql://127.0.0.1:3306/test?user=root", "sbx"))
        .isEqualTo("jdbc:mysql://127.0.0.1:3306/sbx");
    assertThat(JdbcUrls.withDatabase("jdbc:mariadb://u:p@h,h2:3306?useSSL=false", "sbx"))
        .isEqualTo("jdbc:mariadb://h,h2:3306/sbx?useSSL=false");
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql:test", "sbx"))
        .isEqualTo("jdbc:postgresql:sbx");
  }
}
