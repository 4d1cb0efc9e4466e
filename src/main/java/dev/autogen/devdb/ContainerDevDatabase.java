package dev.autogen.devdb;

import java.util.Optional;
import java.util.function.Function;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL container started with Testcontainers from the image the spec names, used as the dev
 * database until closing stops it. Only this class and {@link MysqlContainerDevDatabase} touch
 * Testcontainers, so its classes load only when a {@code docker://} spec is used.
 */
final class ContainerDevDatabase {
  private ContainerDevDatabase() {}

  static DevDatabase start(String image) throws DevDatabaseException {
    PostgreSQLContainer<?> container =
        started(
            image,
            "postgres",
            PostgreSQLContainer::new,
            "the embedded dev database (no spec) or a jdbc:postgresql: URL");
    return new ServerDevDatabase(
        container.getJdbcUrl(),
        "public",
        () ->
            PgConnections.open(
                container.getJdbcUrl(),
                PgConnections.credentials(container.getUsername(), container.getPassword())),
        Optional.empty(),
        new Cleanup(container::stop));
  }

  /**
   * A started container of {@code image}, made by {@code make} from the image taken as a substitute
   * for {@code compatibleWith}; stops with a clear message when no Docker engine answers, the image
   * name is invalid or the container does not start (then nothing runs).
   *
   * @param otherWays the dev databases that need no Docker, for the message
   */
  static <C extends GenericContainer<?>> C started(
      String image, String compatibleWith, Function<DockerImageName, C> make, String otherWays)
      throws DevDatabaseException {
    if (!dockerAvailable()) {
      throw new DevDatabaseException(
          "Docker is not available: no Docker engine answered, so the dev database "
              + DevDatabases.DOCKER_PREFIX
              + image
              + " cannot start. Start Docker, or use "
              + otherWays
              + ".");
    }
    C container;
    try {
      container =
          make.apply(DockerImageName.parse(image).asCompatibleSubstituteFor(compatibleWith));
    } catch (IllegalArgumentException e) {
      throw new DevDatabaseException("Invalid Docker image '" + image + "': " + e.getMessage(), e);
    }
    try {
      container.start();
    } catch (RuntimeException e) {
      container.stop();
      throw new DevDatabaseException(
          "Could not start container " + image + ": " + e.getMessage(), e);
    }
    return container;
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
