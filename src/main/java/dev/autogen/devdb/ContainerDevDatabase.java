package dev.autogen.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL container started with Testcontainers from the image the spec names. Only this class
 * touches Testcontainers, so its classes load only when a {@code docker://} spec is used.
 */
final class ContainerDevDatabase implements DevDatabase {
  private final PostgreSQLContainer<?> container;
  private boolean closed;

  private ContainerDevDatabase(PostgreSQLContainer<?> container) {
    this.container = container;
  }

  static DevDatabase start(String image) throws DevDatabaseException {
    requireDocker(image, "the embedded dev database (no spec) or a jdbc:postgresql: URL");
    DockerImageName name;
    try {
      name = DockerImageName.parse(image).asCompatibleSubstituteFor("postgres");
    } catch (IllegalArgumentException e) {
      throw new DevDatabaseException("Invalid Docker image '" + image + "': " + e.getMessage(), e);
    }
    PostgreSQLContainer<?> container = new PostgreSQLContainer<>(name);
    try {
      container.start();
    } catch (RuntimeException e) {
      container.stop();
      throw new DevDatabaseException(
          "Could not start container " + image + ": " + e.getMessage(), e);
    }
    return new ContainerDevDatabase(container);
  }

  /**
   * Stops with a clear message when no Docker engine answers.
   *
   * @param otherWays the dev databases that need no Docker, for the message
   */
  static void requireDocker(String image, String otherWays) throws DevDatabaseException {
    if (!dockerAvailable()) {
      throw new DevDatabaseException(
          "Docker is not available: no Docker engine answered, so the dev database "
              + DevDatabases.DOCKER_PREFIX
              + image
              + " cannot start. Start Docker, or use "
              + otherWays
              + ".");
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public String jdbcUrl() {
    return container.getJdbcUrl();
  }

  @Override
  public Connection connect() throws SQLException {
    return PgConnections.open(
        container.getJdbcUrl(),
        PgConnections.credentials(container.getUsername(), container.getPassword()));
  }

  @Override
  public String schema() {
    return "public";
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      container.stop();
    }
  }
}
