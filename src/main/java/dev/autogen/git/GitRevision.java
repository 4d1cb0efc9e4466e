package dev.autogen.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files of one git revision, read from git's object store with the {@code git} command (nothing is
 * checked out): the base of a pull request for {@code lint}, the history base for {@code -m}. For a
 * branch the base is the merge base of the given ref and {@code HEAD}, so that commits made on the
 * target branch since the pull request branched off do not show up as changes of the pull request.
 */
public final class GitRevision {
  private final Path top;
  private final String commit;
  private final String ref;

  private GitRevision(Path top, String commit, String ref) {
    this.top = top;
    this.commit = commit;
    this.ref = ref;
  }

  /**
   * The base revision {@code ref} of the repository holding {@code workDir} (or its nearest
   * existing parent: a folder not created yet belongs to the repository around it).
   *
   * @throws IllegalArgumentException if there is no repository, no git, or no such revision
   */
  public static GitRevision open(Path workDir, String ref) {
    Path dir =
        nearestDirectory(workDir)
            .orElseThrow(() -> new IllegalArgumentException("no folder at or above " + workDir));
    String top = run(dir, null, "rev-parse", "--show-toplevel").strip();
    String commit;
    try {
      commit = run(dir, null, "merge-base", ref, "HEAD").strip();
    } catch (IllegalArgumentException e) {
      commit = run(dir, null, "rev-parse", "--verify", ref + "^{commit}").strip();
    }
    try {
      return new GitRevision(Path.of(top).toRealPath(), commit, ref);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the repository " + top, e);
    }
  }

  /**
   * The newest commit that changed anything under {@code dir} (for a migrations folder: the commit
   * that added the latest migration), else {@code HEAD}'s; empty outside a repository, without git
   * or without commits.
   */
  public static Optional<String> lastCommitTouching(Path dir) {
    Optional<Path> existing = nearestDirectory(dir);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    String path = dir.toAbsolutePath().normalize().toString();
    try {
      String touching = run(existing.get(), null, "log", "-1", "--format=%H", "--", path);
      if (!touching.isBlank()) {
        return Optional.of(touching.strip());
      }
      return Optional.of(
          run(existing.get(), null, "rev-parse", "--verify", "HEAD^{commit}").strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> nearestDirectory(Path p) {
    Path dir = p.toAbsolutePath().normalize();
    while (dir != null && !Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    return Optional.ofNullable(dir);
  }

  /** The commit the revision resolved to. */
  public String commit() {
    return commit;
  }

  /** The ref as the user gave it, for messages. */
  public String ref() {
    return ref;
  }

  /** The path of a working-tree file relative to the repository top, with {@code /}. */
  public String relative(Path file) {
    Path abs = real(file);
    if (!abs.startsWith(top)) {
      throw new IllegalArgumentException(file + " is outside the git repository " + top);
    }
    return top.relativize(abs).toString().replace('\\', '/');
  }

  /** The working-tree paths of the files under {@code dir} at the base revision. */
  public List<Path> files(Path dir) {
    String rel = relative(dir);
    String out =
        run(
            top,
            null,
            "ls-tree",
            "-r",
            "-z",
            "--name-only",
            commit,
            "--",
            rel.isEmpty() ? "." : rel);
    List<Path> files = new ArrayList<>();
    for (String name : out.split("\0")) {
      if (!name.isEmpty()) {
        files.add(top.resolve(name));
      }
    }
    return files;
  }

  /** The contents of the working-tree path {@code file} at the base revision, if it existed. */
  public Optional<byte[]> read(Path file) {
    Map<Path, byte[]> all = readAll(List.of(file));
    return Optional.ofNullable(all.get(file));
  }

  /**
   * The contents of many files at once (one {@code git cat-file --batch}); files that did not exist
   * at the base are left out.
   */
  public Map<Path, byte[]> readAll(List<Path> files) {
    StringBuilder in = new StringBuilder();
    for (Path f : files) {
      in.append(commit).append(':').append(relative(f)).append('\n');
    }
    byte[] out =
        runBytes(top, in.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
    Map<Path, byte[]> result = new HashMap<>();
    int pos = 0;
    for (Path f : files) {
      int nl = indexOf(out, (byte) '\n', pos);
      String header = new String(out, pos, nl - pos, StandardCharsets.UTF_8);
      pos = nl + 1;
      if (header.endsWith(" missing")) {
        continue;
      }
      String[] parts = header.split(" ");
      int size = Integer.parseInt(parts[2]);
      byte[] content = new byte[size];
      System.arraycopy(out, pos, content, 0, size);
      pos += size + 1;
      if (parts[1].equals("blob")) {
        result.put(f, content);
      }
    }
    return result;
  }

  /**
   * Writes the {@code .java} files under each root at the base revision into {@code into} (one
   * sub-folder per root) and returns the new roots, for the entity reader.
   */
  public List<Path> materialise(List<Path> roots, Path into) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      Path root = real(roots.get(i));
      Path target = into.resolve("root" + i);
      Files.createDirectories(target);
      List<Path> sources =
          files(root).stream().filter(p -> p.getFileName().toString().endsWith(".java")).toList();
      for (Map.Entry<Path, byte[]> e : readAll(sources).entrySet()) {
        Path dest = target.resolve(root.relativize(e.getKey()).toString());
        Files.createDirectories(dest.getParent());
        Files.write(dest, e.getValue());
      }
      out.add(target);
    }
    return out;
  }

  private Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    // resolve symbolic links of the existing part (e.g. /tmp on macOS) so paths compare with top
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalStateException("unexpected output of git cat-file");
  }

  private static String run(Path dir, byte[] input, String... args) {
    return new String(runBytes(dir, input, args), StandardCharsets.UTF_8);
  }

  private static byte[] runBytes(Path dir, byte[] input, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      // feed stdin from another thread: a large batch would otherwise fill both pipes
      Thread feeder =
          new Thread(
              () -> {
                try (OutputStream os = p.getOutputStream()) {
                  if (input != null) {
                    os.write(input);
                  }
                } catch (IOException ignored) {
                  // git exited early; its status and error output tell why
                }
              });
      feeder.start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
      errReader.start();
      byte[] out = p.getInputStream().readAllBytes();
      int status = p.waitFor();
      feeder.join();
      errReader.join();
      if (status != 0) {
        throw new IllegalArgumentException(
            "git " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8).strip());
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot run git: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("interrupted while running git", e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // only used for the error message
    }
  }
}
