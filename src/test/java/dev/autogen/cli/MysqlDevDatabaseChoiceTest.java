package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import org.junit.jupiter.api.Test;

/**
 * A MySQL/MariaDB project's dev database must speak its dialect: a PostgreSQL one (embedded, or a
 * PostgreSQL image) is refused naming both ways that work; a MySQL or MariaDB image or URL passes.
 */
class MysqlDevDatabaseChoiceTest {

  private static final Dialect MARIADB = Dialects.forName("mariadb");

  @Test
  void aPostgresDevDatabaseIsRefusedNamingTheServerAndTheImages() {
    for (String spec : new String[] {"", "embedded", "docker://postgres:16"}) {
      assertThatThrownBy(() -> CurrentSchema.refuseEmbeddedPostgresFor(MARIADB, spec))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("needs a MySQL or MariaDB dev database")
          .hasMessageContaining("--dev-url jdbc:mariadb://")
          .hasMessageContaining("docker://mariadb:11")
          .hasMessageContaining("docker://mysql:8")
          .satisfies(
              e ->
                  org.assertj.core.api.Assertions.assertThat(((UserError) e).exitCode())
                      .isEqualTo(2));
    }
    assertThatThrownBy(
            () -> CurrentSchema.refuseEmbeddedPostgresFor(MARIADB, "docker://postgres:16"))
        .hasMessageContaining("(--dev-url docker://postgres:16 is PostgreSQL)");
  }

  @Test
  void aMysqlOrMariadbImageOrUrlPasses() {
    for (String spec :
        new String[] {
          "docker://mariadb:11", "docker://mysql:8", "jdbc:mariadb://127.0.0.1:3306/test"
        }) {
      assertThatCode(() -> CurrentSchema.refuseEmbeddedPostgresFor(MARIADB, spec))
          .as(spec)
          .doesNotThrowAnyException();
    }
    // a PostgreSQL project keeps its embedded dev database
    assertThatCode(() -> CurrentSchema.refuseEmbeddedPostgresFor(Dialects.forName("postgres"), ""))
        .doesNotThrowAnyException();
  }
}
