package dev.autogen.cli;

import dev.autogen.devdb.TextFiles;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.render.ChangelogRenderer;
import dev.autogen.render.MasterChangelog;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Liquibase side of {@code -m} and {@code promote}: writes the changelogs and includes the one
 * that runs now from the project's master changelog, in one {@link FileTransaction}; promote moves
 * a waiting contract changelog next to the others and includes it.
 */
final class LiquibaseOutput {

  private LiquibaseOutput() {}

  /** Renders and writes; returns the files written (the master changelog last). */
  static List<Path> write(
      MigrationPlan plan,
      RenderSettings settings,
      Settings s,
      Renderer renderer,
      TemplateSource templates) {
    Path master = master(s);
    List<RenderedFile> files = new ChangelogRenderer(renderer).render(plan, settings, author(s));
    String text = read(master);
    for (RenderedFile f : files) {
      if (!f.path()
          .toAbsolutePath()
          .normalize()
          .startsWith(s.deferred().toAbsolutePath().normalize())) {
        text = include(master, text, f.path(), templates);
      }
    }
    FileWriter.writeAll(files, Map.of(master, text), s);
    List<Path> written = new ArrayList<>(files.stream().map(RenderedFile::path).toList());
    written.add(master);
    return written;
  }

  /**
   * Moves the waiting changelogs into the migrations folder and includes them, in name order (the
   * order they were generated in); returns source to target.
   */
  static Map<Path, Path> promote(List<Path> waiting, Settings s, TemplateSource templates) {
    Path master = master(s);
    String text = read(master);
    Map<Path, Path> moves = new LinkedHashMap<>();
    for (Path p : waiting.stream().sorted().toList()) {
      Path target = s.migrations().resolve(p.getFileName());
      moves.put(p, target);
      text = include(master, text, target, templates);
    }
    FileWriter.moveAll(moves, Map.of(master, text), s);
    return moves;
  }

  /** The changelogs waiting in the deferred folder. */
  static List<Path> waiting(Settings s) throws IOException {
    if (!Files.isDirectory(s.deferred())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(s.deferred())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
    }
  }

  private static String include(Path master, String text, Path file, TemplateSource templates) {
    Path folder = master.toAbsolutePath().normalize().getParent();
    String relative =
        folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    try {
      return new MasterChangelog(templates)
          .withInclude(master.getFileName().toString(), text, relative);
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCode.USAGE,
          "cannot add an include of "
              + relative
              + " to the master changelog "
              + master
              + ": "
              + e.getMessage()
              + "; nothing was written");
    }
  }

  private static Path master(Settings s) {
    Path master = s.changelog().orElseThrow();
    if (!Files.isRegularFile(master)) {
      throw new UserError(
          ExitCode.USAGE,
          "the master changelog "
              + master
              + " does not exist; create it (databaseChangeLog with no entries is enough) or name"
              + " yours with --changelog or changelog= in autogen.properties");
    }
    return master;
  }

  private static String read(Path master) {
    try {
      return TextFiles.read(master);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read " + master + ": " + e.getMessage(), e);
    }
  }

  /** The configured author, else git's user.name, else "autogen". */
  static String author(Settings s) {
    return s.author()
        .filter(a -> !a.isBlank())
        .or(LiquibaseOutput::gitUser)
        // Liquibase reads the author up to the first ':' of "--changeset author:id"
        .map(a -> a.strip().replace(':', '_').replaceAll("\\s+", "_"))
        .orElse("autogen");
  }

  private static java.util.Optional<String> gitUser() {
    try {
      Process git =
          new ProcessBuilder("git", "config", "user.name").redirectErrorStream(true).start();
      String name = new String(git.getInputStream().readAllBytes()).strip();
      if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && !name.isEmpty()) {
        return java.util.Optional.of(name);
      }
    } catch (IOException e) {
      // no git: the fallback author
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return java.util.Optional.empty();
  }
}
