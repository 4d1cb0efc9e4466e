package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which dialect each dev-database source speaks, known before anything is opened. */
class DevDatabasesTest {

  @Test
  void theEmbeddedServerAndContainersSpeakPostgres() {
    assertThat(DevDatabases.dialect(null).name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect("").name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect(" embedded ").name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect("docker://postgres:16").name()).isEqualTo("postgres");
  }

  @Test
  void aJdbcUrlSpeaksItsDriversDialect() {
    assertThat(DevDatabases.dialect("jdbc:postgresql://127.0.0.1:5432/test").name())
        .isEqualTo("postgres");
    assertThat(DevDatabases.dialect("jdbc:mysql://127.0.0.1:3306/test").name()).isEqualTo("mysql");
    assertThat(DevDatabases.dialect("jdbc:mariadb://127.0.0.1:3306/test").name())
        .isEqualTo("mysql");
  }

  @Test
  void anUnknownSourceIsRefused() {
    assertThatThrownBy(() -> DevDatabases.dialect("jdbc:sqlserver://h;databaseName=t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot tell the database");
  }
}
