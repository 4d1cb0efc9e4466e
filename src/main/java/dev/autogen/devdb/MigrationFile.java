package dev.autogen.devdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One Flyway SQL migration found by {@link MigrationFolder}.
 *
 * @param path the {@code .sql} file
 * @param version the version with {@code _} shown as {@code .} (e.g. {@code "1.2"} for {@code
 *     V1_2__x.sql}); empty for a repeatable ({@code R__}) migration
 * @param description the part after {@code __}, with {@code _} shown as a space, as Flyway does
 * @param transactional false when a sibling {@code <file>.conf} sets {@code
 *     executeInTransaction=false}
 */
public record MigrationFile(Path path, String version, String description, boolean transactional) {
  public MigrationFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
  }

  /** True for a repeatable ({@code R__}) migration, which has no version. */
  public boolean repeatable() {
    return version.isEmpty();
  }
}
