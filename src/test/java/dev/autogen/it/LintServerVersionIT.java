package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ConnectTimeouts;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.lint.Finding;
import dev.autogen.lint.run.LintRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen lint} with a dev database judges the files for that server's real version, not for
 * the version it assumes: the configured dialect here is deliberately an old server (MariaDB 10.3,
 * PostgreSQL 11), and the local MariaDB 10.11 and PostgreSQL 15 answer otherwise.
 */
class LintServerVersionIT {

  @TempDir Path dir;

  private List<String> lint(
      Dialect configured, String devUrl, String user, String password, boolean fromDevDatabase)
      throws Exception {
    LintRun.Options o =
        new LintRun.Options(
            configured,
            NamingStrategy.JPA,
            List.of(),
            dir,
            dir.resolve("deferred"),
            List.of(dir.resolve("V2__change.sql")),
            Optional.empty(),
            dir,
            true,
            Map.of(),
            p -> p.getFileName().toString(),
            fromDevDatabase,
            Map.of());
    return LintRun.run(
            o, () -> DevDatabases.openSandbox(devUrl, user, password, ConnectTimeouts.DEFAULT))
        .findings()
        .stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void mariaDbRulesFollowTheDevServersVersion() throws Exception {
    Files.writeString(dir.resolve("V1__base.sql"), "CREATE TABLE orders (id int, note text);\n");
    Files.writeString(
        dir.resolve("V2__change.sql"),
        "SET SESSION lock_wait_timeout = 5;\nALTER TABLE orders DROP COLUMN note;\n");
    Dialect old = Dialects.atVersion(Dialects.forName("mariadb"), "10.3");
    String url = LocalMariaDb.URL;
    // MariaDB 10.3 rebuilds the table to drop a column; 10.4+ (the local 10.11) drops it instantly
    assertThat(lint(old, url, null, null, false))
        .anyMatch(m -> m.contains("ALGORITHM=INPLACE, LOCK=NONE"));
    assertThat(lint(old, url, null, null, true))
        .anyMatch(m -> m.contains("add ALGORITHM=INSTANT"))
        .noneMatch(m -> m.contains("ALGORITHM=INPLACE"));
  }

  @Test
  void postgresRulesFollowTheDevServersVersion() throws Exception {
    Files.writeString(dir.resolve("V1__base.sql"), "CREATE TYPE mood AS ENUM ('sad', 'happy');\n");
    Files.writeString(
        dir.resolve("V2__change.sql"),
        "SET lock_timeout = '5s';\nALTER TYPE mood ADD VALUE 'calm';\n");
    Dialect old = Dialects.atVersion(Dialects.forName("postgres"), "11");
    // PostgreSQL 11 refuses ADD VALUE in the file's transaction; the local 15 runs it there
    assertThat(lint(old, LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD, false))
        .anyMatch(m -> m.startsWith("ALTER TYPE cannot run inside a transaction block"));
    List<String> onServer =
        lint(old, LocalPostgres.URL, LocalPostgres.USER, LocalPostgres.PASSWORD, true);
    assertThat(onServer).noneMatch(m -> m.contains("transaction block"));
    // and the file really runs in a transaction on that server: no migration-fails
    assertThat(onServer).noneMatch(m -> m.toLowerCase().contains("error"));
  }
}
