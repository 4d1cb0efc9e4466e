package dev.autogen.devdb;

import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A MySQL or MariaDB container started with Testcontainers from the image the spec names, in which
 * the dev database is made as on any server a {@code jdbc:mysql:} URL names: a throwaway database
 * (and, for SQL autogen does not trust, a user with privileges on it alone). Closing drops both and
 * stops the container. Loaded only for a {@code docker://} spec, like {@link ContainerDevDatabase}.
 */
final class MysqlContainerDevDatabase {
  // the container's root: it makes the throwaway database and sandbox user, as an admin would
  private static final String ROOT = "root";
  private static final String ROOT_PASSWORD = "autogen";

  private MysqlContainerDevDatabase() {}

  static DevDatabase start(
      String image, ContainerImage kind, boolean sandboxUser, ConnectTimeouts timeouts)
      throws DevDatabaseException {
    JdbcDatabaseContainer<?> container =
        ContainerDevDatabase.started(
            image,
            kind == ContainerImage.MARIADB ? "mariadb" : "mysql",
            name -> container(kind, name),
            "a jdbc:mariadb: or jdbc:mysql: URL");
    try {
      return DatabaseDevDatabase.create(
              container.getJdbcUrl(), ROOT, ROOT_PASSWORD, timeouts, sandboxUser)
          .thenClosing(container::stop);
    } catch (DevDatabaseException | RuntimeException e) {
      container.stop();
      throw e;
    }
  }

  private static JdbcDatabaseContainer<?> container(ContainerImage kind, DockerImageName name) {
    JdbcDatabaseContainer<?> container =
        kind == ContainerImage.MARIADB ? new MariaDBContainer<>(name) : new MySQLContainer<>(name);
    container.withUsername(ROOT).withPassword(ROOT_PASSWORD);
    return container;
  }
}
