package dev.autogen.lint.run;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.git.GitRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration files of a pull request: those of the migrations and deferred folders that did not
 * exist at the base revision are linted; the migrations folder's other files are the existing
 * history. Deferred files are applied after the whole migrations folder, as the dev database of
 * {@code autogen -m} applies them.
 *
 * @param targets what {@code lint} reads and reports on
 * @param deferred the deferred folder's files among {@code targets.linted()} (absolute, normalised)
 * @param edited files of the migrations folder that existed at the base with other contents
 */
public record PullRequestFiles(LintTargets targets, Set<Path> deferred, List<Path> edited) {
  public PullRequestFiles {
    deferred = Set.copyOf(deferred);
    edited = List.copyOf(edited);
  }

  public static PullRequestFiles resolve(GitRevision base, Path migrations, Path deferredDir)
      throws IOException {
    List<MigrationFile> runnable = MigrationFolder.list(migrations);
    List<MigrationFile> waiting = MigrationFolder.list(deferredDir);
    Set<String> atBase = new HashSet<>();
    for (Path dir : List.of(migrations, deferredDir)) {
      if (Files.isDirectory(dir)) {
        base.files(dir).forEach(p -> atBase.add(base.relative(p)));
      }
    }
    Set<Path> added = new LinkedHashSet<>();
    List<Path> existing = new ArrayList<>();
    for (MigrationFile m : runnable) {
      if (atBase.contains(base.relative(m.path()))) {
        existing.add(m.path());
      } else {
        added.add(LintTargets.normal(m.path()));
      }
    }
    List<Path> edited = new ArrayList<>();
    Map<Path, byte[]> old = base.readAll(existing);
    for (Path p : existing) {
      byte[] before = old.get(p);
      if (before != null && !Arrays.equals(before, Files.readAllBytes(p))) {
        edited.add(p);
      }
    }
    int first = runnable.size();
    for (int i = 0; i < runnable.size(); i++) {
      if (added.contains(LintTargets.normal(runnable.get(i).path()))) {
        first = i;
        break;
      }
    }
    Set<Path> deferred = new LinkedHashSet<>();
    for (MigrationFile m : waiting) {
      deferred.add(LintTargets.normal(m.path()));
      if (!atBase.contains(base.relative(m.path()))) {
        added.add(LintTargets.normal(m.path()));
      }
    }
    List<MigrationFile> linted = new ArrayList<>(runnable.subList(first, runnable.size()));
    linted.addAll(waiting);
    return new PullRequestFiles(
        new LintTargets(runnable.subList(0, first), linted, added), deferred, edited);
  }
}
