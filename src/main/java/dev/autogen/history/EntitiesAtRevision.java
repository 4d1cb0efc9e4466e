package dev.autogen.history;

import dev.autogen.entities.EntityModel;
import java.nio.file.Path;
import java.util.List;

/**
 * What the entity sources were at one revision.
 *
 * @param revision the revision as it was asked for
 * @param commit the commit it resolved to
 * @param entities the entity model the sources gave
 * @param sources each source file's working-tree path and its text at the revision, in path order
 *     per source root (for pointing findings at a line)
 */
public record EntitiesAtRevision(
    String revision, String commit, EntityModel entities, List<SourceText> sources) {
  public EntitiesAtRevision {
    sources = List.copyOf(sources);
  }

  /** One source file at the revision, under the path it has in the working tree. */
  public record SourceText(Path file, String text) {}
}
