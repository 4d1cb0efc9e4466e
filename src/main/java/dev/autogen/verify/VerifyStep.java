package dev.autogen.verify;

import dev.autogen.devdb.MigrationFile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One migration under verification.
 *
 * @param migration the {@code V...} file, in the migrations or the deferred folder
 * @param undo where its downgrade ({@code U...}) should be; it may be missing
 * @param kind the step kind its header names ({@code expand}, {@code contract}...), else {@code
 *     step}
 */
public record VerifyStep(MigrationFile migration, Path undo, String kind) {
  public VerifyStep {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(undo, "undo");
    Objects.requireNonNull(kind, "kind");
  }

  /** The file name without {@code .sql}, as the report shows it. */
  public String name() {
    String file = migration.path().getFileName().toString();
    return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
  }

  /** The downgrade's file name without {@code .sql}. */
  public String undoName() {
    String file = undo.getFileName().toString();
    return file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
  }
}
