package dev.autogen.lint.run;

import dev.autogen.dialect.Dialect;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.JavaFiles;
import dev.autogen.git.GitEntitySources;
import dev.autogen.git.GitRevision;
import dev.autogen.history.EntitiesAtRevision;
import dev.autogen.lint.rules.SourceLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entity models a lint run compares, read as one dialect maps them: the working tree's (head)
 * when entity sources are there, and the base revision's with {@code --base}; with their source
 * texts, for findings that point into them.
 */
record Models(
    Optional<EntityModel> head,
    List<SourceLocator.Source> headSources,
    Optional<EntityModel> base,
    List<SourceLocator.Source> baseSources) {

  /** Whether the pull request changed the entity model (false without a base). */
  boolean changed() {
    return base.isPresent() && !base.get().desired().equals(head.get().desired());
  }

  static Models read(LintRun.Options o, Optional<GitRevision> git, Dialect dialect)
      throws IOException, EntityReadException {
    boolean haveSources = o.entityRoots().stream().anyMatch(Files::isDirectory);
    if (!haveSources) {
      return new Models(Optional.empty(), List.of(), Optional.empty(), List.of());
    }
    List<SourceLocator.Source> headSources = sources(o.entityRoots(), o.display());
    EntityModel head = new EntityReader(dialect, o.naming()).read(o.entityRoots());
    if (git.isEmpty()) {
      return new Models(Optional.of(head), headSources, Optional.empty(), List.of());
    }
    // the commit the pull request's files were resolved against, so both read the same base
    EntitiesAtRevision at =
        new GitEntitySources(o.workDir(), o.entityRoots(), new EntityReader(dialect, o.naming()))
            .read(git.get().commit());
    List<SourceLocator.Source> baseSources =
        at.sources().stream()
            .map(t -> new SourceLocator.Source(o.display().apply(t.file()), t.text()))
            .toList();
    return new Models(Optional.of(head), headSources, Optional.of(at.entities()), baseSources);
  }

  private static List<SourceLocator.Source> sources(
      List<Path> roots, Function<Path, String> display) throws IOException {
    List<SourceLocator.Source> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      for (Path f : JavaFiles.under(root)) {
        out.add(
            new SourceLocator.Source(
                display.apply(f), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }
}
