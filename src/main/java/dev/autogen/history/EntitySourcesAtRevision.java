package dev.autogen.history;

import dev.autogen.entities.EntityReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entity sources at a revision: given a revision, the entity model read from the sources as
 * that revision holds them. {@code autogen -m} compares it with today's sources to see what the
 * database cannot (a field renamed, the sequence an id drew from); {@code autogen lint} reads the
 * base of a pull request through it. Git is one implementation ({@code dev.autogen.git}); the
 * stages that weigh the history see only the model it gives.
 */
public interface EntitySourcesAtRevision {

  /**
   * The newest revision that changed anything under {@code folder} (for a migrations folder: the
   * one that added the latest migration), else the newest revision; empty without history (no
   * repository, no commits).
   */
  Optional<String> lastChanging(Path folder);

  /**
   * The entity sources at {@code revision}, read into the entity model.
   *
   * @throws IllegalArgumentException when there is no history or no such revision, or the sources
   *     lie outside it
   * @throws EntityReadException when the sources at the revision do not parse
   */
  EntitiesAtRevision read(String revision) throws IOException, EntityReadException;
}
