package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which dialect each dev-database source speaks, known before anything is opened. */
class DevDatabasesTest {

  @Test
  void theEmbeddedServerAndPostgresContainersSpeakPostgres() {
    assertThat(DevDatabases.dialect(null).name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect("").name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect(" embedded ").name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect("docker://postgres:16").name()).isEqualTo("postgres");
    assertThat(DevDatabases.dialect("docker://registry.example.com/team/pg:16").name())
        .isEqualTo("postgres");
  }

  /** A container speaks the server its image's name says, whatever registry or tag it has. */
  @Test
  void mysqlAndMariadbContainersSpeakTheirServer() {
    assertThat(ContainerImage.of("mariadb:11")).isEqualTo(ContainerImage.MARIADB);
    assertThat(ContainerImage.of("docker.io/bitnami/mariadb:11.4@sha256:abc"))
        .isEqualTo(ContainerImage.MARIADB);
    assertThat(ContainerImage.of("mysql:8.4")).isEqualTo(ContainerImage.MYSQL);
    assertThat(ContainerImage.of("percona/percona-server:8.0")).isEqualTo(ContainerImage.MYSQL);
    assertThat(ContainerImage.of("postgres:16-alpine")).isEqualTo(ContainerImage.POSTGRES);
    assertThat(DevDatabases.dialect("docker://mariadb:11").name()).isEqualTo("mysql");
    assertThat(DevDatabases.dialect("docker://MySQL:8").name()).isEqualTo("mysql");
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
