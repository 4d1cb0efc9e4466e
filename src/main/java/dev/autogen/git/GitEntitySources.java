package dev.autogen.git;

import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.JavaFiles;
import dev.autogen.history.EntitiesAtRevision;
import dev.autogen.history.EntitySourcesAtRevision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entity sources at a revision of the git repository around a working folder: the {@code .java}
 * files under the source roots are copied out of git's object store into a temporary folder
 * (nothing is checked out), read there, and the folder is deleted.
 */
public final class GitEntitySources implements EntitySourcesAtRevision {
  private final Path workDir;
  private final List<Path> roots;
  private final EntityReader reader;

  /**
   * @param workDir a folder in the repository (or not created yet, under one)
   * @param roots the entity source roots, as paths of the working tree
   * @param reader reads the sources as today's sources are read (same dialect and settings)
   */
  public GitEntitySources(Path workDir, List<Path> roots, EntityReader reader) {
    this.workDir = workDir;
    this.roots = List.copyOf(roots);
    this.reader = reader;
  }

  @Override
  public Optional<String> lastChanging(Path folder) {
    return GitRevision.lastCommitTouching(folder);
  }

  @Override
  public EntitiesAtRevision read(String revision) throws IOException, EntityReadException {
    GitRevision git = GitRevision.open(workDir, revision);
    Path tmp = Files.createTempDirectory("autogen-history");
    try {
      List<Path> copies = git.materialise(roots, tmp);
      EntityModel model = reader.read(copies);
      return new EntitiesAtRevision(revision, git.commit(), model, texts(copies));
    } finally {
      delete(tmp);
    }
  }

  /** The texts of the copied sources, under their working-tree paths, sorted per root. */
  private List<EntitiesAtRevision.SourceText> texts(List<Path> copies) throws IOException {
    List<EntitiesAtRevision.SourceText> out = new ArrayList<>();
    for (int i = 0; i < copies.size(); i++) {
      Path copy = copies.get(i);
      for (Path f : JavaFiles.under(copy)) {
        out.add(
            new EntitiesAtRevision.SourceText(
                roots.get(i).resolve(copy.relativize(f).toString()),
                Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is no reason to fail the run
    }
  }
}
