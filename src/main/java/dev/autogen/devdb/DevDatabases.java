package dev.autogen.devdb;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import java.util.Locale;

/**
 * Opens a {@link DevDatabase} from a one-string spec:
 *
 * <ul>
 *   <li>{@code null}, empty or {@code embedded}: an embedded PostgreSQL server (zonky binaries) on
 *       a free port with its data directory in a temporary folder;
 *   <li>{@code docker://IMAGE} (e.g. {@code docker://postgres:16}, {@code docker://mariadb:11},
 *       {@code docker://mysql:8}): a Testcontainers container of the server the image's name says
 *       ({@link ContainerImage}), on MySQL/MariaDB with a throwaway database in it as for a JDBC
 *       URL; fails with a clear message when no Docker engine answers;
 *   <li>a {@code jdbc:postgresql:} URL: a fresh schema {@code autogen_dev_<random>} in that
 *       database, dropped on close; nothing else in that database is touched;
 *   <li>a {@code jdbc:mysql:} or {@code jdbc:mariadb:} URL: a fresh database {@code
 *       autogen_dev_<random>} on that server, dropped on close (MySQL has no schemas inside a
 *       database).
 * </ul>
 *
 * Each kind's library is loaded only when that kind is asked for, so the CLI starts fast.
 */
public final class DevDatabases {
  static final String DOCKER_PREFIX = "docker://";

  private DevDatabases() {}

  /**
   * The dialect the dev database {@code spec} describes speaks, known before it is opened: the
   * embedded server is PostgreSQL, a container speaks its image's server, a JDBC URL its driver's
   * dialect (a MySQL URL may still reach a MariaDB server: the server's version tells once
   * connected).
   *
   * @throws IllegalArgumentException for a spec {@link #open} would refuse
   */
  public static Dialect dialect(String spec) {
    String s = spec == null ? "" : spec.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("embedded")) {
      return Dialects.forName("postgres");
    }
    if (s.toLowerCase(Locale.ROOT).startsWith(DOCKER_PREFIX)) {
      return ContainerImage.of(s.substring(DOCKER_PREFIX.length())).dialect();
    }
    return Dialects.forUrl(s);
  }

  /**
   * Opens the dev database {@code spec} describes.
   *
   * @param user used only for a JDBC URL spec; may be null (the URL's own {@code user} applies)
   * @param password used only for a JDBC URL spec; may be null
   */
  public static DevDatabase open(String spec, String user, String password)
      throws DevDatabaseException {
    return open(spec, user, password, ConnectTimeouts.DEFAULT);
  }

  /**
   * Opens a dev database for SQL autogen does not trust (a pull request's migrations, replayed by
   * {@code autogen lint}): embedded and container servers are throwaway servers already; on a
   * {@code jdbc:postgresql:} URL a throwaway database owned by a throwaway role without privileges
   * outside it ({@link PgSandboxDevDatabase}), on a MySQL / MariaDB URL a throwaway database and a
   * user with privileges on it alone. Both are dropped on close. When the server refuses the role
   * or the database, the dev database says so in {@link DevDatabase#warning()}.
   */
  public static DevDatabase openSandbox(
      String spec, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    String s = spec == null ? "" : spec.strip();
    if (s.startsWith("jdbc:postgresql:")) {
      return PgSandboxDevDatabase.create(s, user, password, timeouts);
    }
    if (JdbcDrivers.isMysql(s)) {
      return DatabaseDevDatabase.create(s, user, password, timeouts, true);
    }
    if (s.toLowerCase(Locale.ROOT).startsWith(DOCKER_PREFIX)) {
      return container(s, true, timeouts);
    }
    return open(spec, user, password, timeouts);
  }

  /**
   * Opens the dev database {@code spec} describes, waiting for a JDBC URL's server no longer than
   * {@code timeouts} allow.
   */
  public static DevDatabase open(
      String spec, String user, String password, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    String s = spec == null ? "" : spec.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("embedded")) {
      return EmbeddedDevDatabase.start();
    }
    if (s.toLowerCase(Locale.ROOT).startsWith(DOCKER_PREFIX)) {
      return container(s, false, timeouts);
    }
    if (s.startsWith("jdbc:postgresql:")) {
      return SchemaDevDatabase.create(s, user, password, timeouts);
    }
    if (JdbcDrivers.isMysql(s)) {
      return DatabaseDevDatabase.create(s, user, password, timeouts);
    }
    throw new DevDatabaseException(
        "Unsupported dev database '"
            + JdbcUrls.withoutPassword(s)
            + "': expected nothing (embedded PostgreSQL), docker://IMAGE, or a jdbc:postgresql:,"
            + " jdbc:mysql: or jdbc:mariadb: URL");
  }

  /** A container: PostgreSQL's, or MySQL's/MariaDB's with a throwaway database inside. */
  private static DevDatabase container(String spec, boolean sandboxUser, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    String image = spec.substring(DOCKER_PREFIX.length());
    if (image.isBlank()) {
      throw new DevDatabaseException("No image in dev database spec '" + spec + "'");
    }
    ContainerImage kind = ContainerImage.of(image);
    return kind == ContainerImage.POSTGRES
        ? ContainerDevDatabase.start(image)
        : MysqlContainerDevDatabase.start(image, kind, sandboxUser, timeouts);
  }
}
