package dev.autogen.devdb;

import java.util.List;
import liquibase.changelog.ChangeLogParameters;

/**
 * Liquibase's changelog parameters cut down to the project's own: Liquibase also offers every
 * environment variable and system property as a {@code ${...}} parameter, and a changelog in a pull
 * request is untrusted, so {@code ${GITHUB_TOKEN}} in it must not turn into the token in SQL that a
 * finding or an error message quotes. Liquibase keeps those in a private list; it is emptied by
 * reflection ({@code OfflineChangeSqlTest} and {@code LiquibaseVerifyIT} fail if that stops
 * working).
 */
final class ProjectParameters {

  private ProjectParameters() {}

  /** {@code parameters} without the environment's and the system properties'. */
  static ChangeLogParameters only(ChangeLogParameters parameters)
      throws ReflectiveOperationException {
    java.lang.reflect.Field system = ChangeLogParameters.class.getDeclaredField("systemParameters");
    system.setAccessible(true);
    ((List<?>) system.get(parameters)).clear();
    return parameters;
  }
}
