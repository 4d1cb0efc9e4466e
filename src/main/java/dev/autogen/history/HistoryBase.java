package dev.autogen.history;

import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The entity sources at the revision the current schema was generated from: by default the newest
 * revision that touched the migrations folder (the one that added the latest migration), else the
 * newest; the user may name another. What changed in the sources since then is the change being
 * migrated, so the two show what the database cannot: a field renamed, the sequence an id drew
 * from.
 *
 * @param ref the revision as the user named it, else the default's commit, shortened
 * @param entities the entity model at that revision
 */
public record HistoryBase(String ref, EntityModel entities) {

  /** A revision the user named cannot be read; the message says why. */
  public static final class UnreadableRevision extends Exception {
    UnreadableRevision(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * The base model, or empty when there is no history to read: no repository, no commit, sources
   * outside the repository, or sources the revision gives back that do not parse.
   *
   * @throws UnreadableRevision when {@code named} is given and cannot be read: the user asked for
   *     it, so its failure is an error rather than the absence of history
   */
  public static Optional<HistoryBase> read(
      EntitySourcesAtRevision sources, Path migrations, Optional<String> named)
      throws UnreadableRevision {
    Optional<String> base = named.or(() -> sources.lastChanging(migrations));
    if (base.isEmpty()) {
      return Optional.empty();
    }
    try {
      EntitiesAtRevision at = sources.read(base.get());
      return Optional.of(new HistoryBase(named.orElse(shortCommit(at.commit())), at.entities()));
    } catch (IllegalArgumentException | IOException | EntityReadException e) {
      if (named.isPresent()) {
        throw new UnreadableRevision(e);
      }
      return Optional.empty();
    }
  }

  private static String shortCommit(String commit) {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
