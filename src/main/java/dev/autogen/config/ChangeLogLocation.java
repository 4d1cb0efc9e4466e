package dev.autogen.config;

import java.nio.file.Path;

/** Where a Spring resource location of a Liquibase change log is in the project's sources. */
final class ChangeLogLocation {

  private ChangeLogLocation() {}

  static Path file(Path project, String location) {
    if (location.startsWith("file:")) {
      return project.resolve(location.substring("file:".length())).normalize();
    }
    String path = location.startsWith("classpath:") ? location.substring(10) : location;
    path = path.replaceFirst("^/+", "");
    return project.resolve("src/main/resources").resolve(path).normalize();
  }
}
