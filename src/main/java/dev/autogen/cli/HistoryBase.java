package dev.autogen.cli;

import dev.autogen.devdb.TempFolders;
import dev.autogen.dialect.Dialect;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.EntityReader;
import dev.autogen.lint.GitRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The entity sources as git holds them at the revision the current schema was generated from: by
 * default the newest commit that touched the migrations folder (the one that added the latest
 * migration), else {@code HEAD}; {@code --history-base REF} names another. What changed in the
 * sources since then is the change being migrated, so the two show what the database cannot: a
 * field renamed, the sequence an id drew from.
 */
record HistoryBase(String ref, EntityModel entities) {

  /**
   * The base model, or empty when there is no history to read: not a git repository, no commit,
   * sources outside the repository, or sources git cannot give back that parse. A {@code ref} the
   * user named must work; its failure is a usage error.
   */
  static Optional<HistoryBase> read(Settings s, Dialect dialect, Optional<String> ref) {
    Optional<String> base = ref.or(() -> GitRevision.lastCommitTouching(s.migrations()));
    if (base.isEmpty()) {
      return Optional.empty();
    }
    Path tmp = null;
    try {
      GitRevision git = GitRevision.open(s.migrations(), base.get());
      tmp = Files.createTempDirectory("autogen-history");
      List<Path> roots = git.materialise(existing(s.entities()), tmp);
      EntityModel model =
          new EntityReader(dialect, s.naming(), s.beanValidation(), s.globallyQuotedIdentifiers())
              .read(roots);
      return Optional.of(new HistoryBase(ref.orElse(shortCommit(git.commit())), model));
    } catch (IllegalArgumentException | IOException | EntityReadException e) {
      if (ref.isPresent()) {
        throw new UserError(
            ExitCode.USAGE,
            "cannot read the entity sources at --history-base " + ref.get() + ": " + e.getMessage(),
            e);
      }
      return Optional.empty();
    } finally {
      if (tmp != null) {
        TempFolders.deleteQuietly(tmp);
      }
    }
  }

  private static List<Path> existing(List<Path> roots) {
    return roots.stream().filter(Files::isDirectory).toList();
  }

  private static String shortCommit(String commit) {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
