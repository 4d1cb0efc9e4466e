package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A host that accepts the TCP connection and never answers: autogen gives up after {@code
 * --connect-timeout} with exit 3 naming the host, for both drivers, live and dev database alike.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConnectTimeoutIT {

  private ServerSocket silent;
  private final List<Socket> accepted = new ArrayList<>();

  @BeforeEach
  void listen() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  Socket s = silent.accept();
                  synchronized (accepted) {
                    accepted.add(s); // held open, never read nor written
                  }
                }
              } catch (IOException closed) {
                // the test is over
              }
            },
            "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws IOException {
    silent.close();
    synchronized (accepted) {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  private String host() {
    return "127.0.0.1:" + silent.getLocalPort();
  }

  private static CliRun diff(String urlOption, String url) {
    return CliRun.of(
        "diff",
        urlOption,
        url,
        "--user",
        "nobody",
        "--connect-timeout",
        "1s",
        "--entities",
        "fixtures/add_not_null/entities",
        "--migrations",
        "target/connect-timeout-it/none");
  }

  @Test
  void silentPostgresHostExitsThreeNamingTheHost() {
    CliRun r = diff("--url", "jdbc:postgresql://" + host() + "/test");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("cannot reach the database at " + host())
        .contains("no answer within 1s")
        .doesNotContain("SSL")
        .doesNotContain("\tat ");
  }

  @Test
  void silentMysqlHostExitsThreeNamingTheHost() {
    CliRun r = diff("--url", "jdbc:mysql://" + host() + "/test");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("cannot reach the database at " + host());
  }

  @Test
  void silentMariaDbHostExitsThreeNamingTheHost() {
    CliRun r = diff("--url", "jdbc:mariadb://" + host() + "/test");
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("cannot reach the database at " + host());
  }

  @Test
  void silentDevDatabaseHostExitsThree() {
    CliRun pg = diff("--dev-url", "jdbc:postgresql://" + host() + "/test");
    assertThat(pg.code()).as(pg.err()).isEqualTo(3);
    assertThat(pg.err()).contains(host());
    CliRun my = diff("--dev-url", "jdbc:mysql://" + host() + "/test");
    assertThat(my.code()).as(my.err()).isEqualTo(3);
    assertThat(my.err()).contains(host());
  }

  @Test
  void malformedConnectTimeoutIsAUsageError() {
    CliRun r =
        CliRun.of(
            "diff", "--url", "jdbc:postgresql://" + host() + "/t", "--connect-timeout", "soon");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--connect-timeout 'soon'");
  }

  @Test
  void malformedPortIsAUsageErrorWithoutADriverWarning() {
    CliRun r =
        CliRun.of(
            "diff",
            "--url",
            "jdbc:postgresql://127.0.0.1:5432x/test",
            "--entities",
            "fixtures/add_not_null/entities");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "autogen: error: the database URL's port '5432x' is not a number from 1 to 65535");
  }

  @Test
  void missingSchemaIsAUsageErrorNamingIt() {
    String missing = LocalPostgres.newSchemaName("it_missing");
    CliRun r =
        CliRun.of(
            "diff",
            "--url",
            LocalPostgres.URL,
            "--user",
            LocalPostgres.USER,
            "--password",
            LocalPostgres.PASSWORD,
            "--schema",
            missing,
            "--entities",
            "fixtures/add_not_null/entities");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("schema '" + missing + "' does not exist");
  }

  @Test
  void missingMysqlDatabaseIsAUsageErrorNamingIt() {
    CliRun r =
        CliRun.of(
            "diff",
            "--url",
            LocalMariaDb.urlOf("it_missing_db_badinput"),
            "--entities",
            "fixtures/add_not_null/entities");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("it_missing_db_badinput");
  }
}
