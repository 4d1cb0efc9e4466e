package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.Resource;

/**
 * Liquibase's files under a search root, refusing any path that resolves outside {@code folder}
 * before Liquibase opens it: a change log under review is untrusted, and its {@code include
 * file="../../etc/passwd"} or absolute path must not be read (Liquibase's own accessor resolves
 * such paths wherever they lead). Links are followed before the check.
 */
final class ConfinedResources extends DirectoryResourceAccessor {

  /** The path Liquibase asked for resolved outside the folder; nothing was read. */
  static final class OutsideFolder extends IOException {
    private final String path;

    OutsideFolder(String path) {
      super(path + " leaves the project folder");
      this.path = path;
    }

    String path() {
      return path;
    }
  }

  private final Path folder;

  /**
   * The accessor of a project's change log: its search root, confined to {@code folder} when the
   * root lies inside it, else to the root itself.
   */
  static ConfinedResources forProject(LiquibaseReplay project, Path folder) throws IOException {
    return new ConfinedResources(project.searchRoot(), confinement(project, folder));
  }

  /** The folder no file outside of which is read: see {@link #forProject}. */
  static Path confinement(LiquibaseReplay project, Path folder) {
    Path root = project.searchRoot().toAbsolutePath().normalize();
    return root.startsWith(folder.toAbsolutePath().normalize()) ? folder : root;
  }

  ConfinedResources(Path root, Path folder) throws IOException {
    super(root);
    this.folder = real(folder);
  }

  @Override
  public List<Resource> getAll(String path) throws IOException {
    return confined(path, super.getAll(path));
  }

  @Override
  public List<Resource> search(String path, SearchOptions options) throws IOException {
    return confined(path, super.search(path, options));
  }

  private List<Resource> confined(String path, List<Resource> found) throws IOException {
    // Liquibase reads an absolute path under the search root, so /etc/passwd is not found there;
    // say what it is rather than "not found"
    if (found.isEmpty() && absoluteOutside(path)) {
      throw new OutsideFolder(path);
    }
    List<Resource> out = new java.util.ArrayList<>();
    for (Resource r : found) {
      if (!inside(r)) {
        throw new OutsideFolder(path);
      }
      out.add(r instanceof Confined ? r : new Confined(r));
    }
    return out;
  }

  private boolean inside(Resource r) throws IOException {
    try {
      return real(Path.of(r.getUri())).startsWith(folder);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return false; // not a file of this machine's file system
    }
  }

  /**
   * A resource whose neighbours stay confined too: Liquibase reads an {@code sqlFile}, a {@code
   * loadData} CSV or a procedure's {@code path} as a sibling of its changelog ({@code
   * resolveSibling}), past the accessor. Nothing is written.
   */
  private final class Confined implements Resource {
    private final Resource delegate;

    Confined(Resource delegate) {
      this.delegate = delegate;
    }

    @Override
    public String getPath() {
      return delegate.getPath();
    }

    @Override
    public java.io.InputStream openInputStream() throws IOException {
      if (!inside(delegate)) {
        throw new OutsideFolder(delegate.getPath());
      }
      return delegate.openInputStream();
    }

    @Override
    public boolean isWritable() {
      return false;
    }

    @Override
    public boolean exists() {
      return delegate.exists();
    }

    @Override
    public Resource resolve(String other) {
      return new Confined(delegate.resolve(other));
    }

    @Override
    public Resource resolveSibling(String other) {
      return new Confined(delegate.resolveSibling(other));
    }

    @Override
    public java.io.OutputStream openOutputStream(liquibase.resource.OpenOptions options)
        throws IOException {
      throw new IOException(delegate.getPath() + ": autogen writes no file here");
    }

    @Override
    public java.net.URI getUri() {
      return delegate.getUri();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Confined c && delegate.equals(c.delegate);
    }

    @Override
    public int hashCode() {
      return delegate.hashCode();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  private boolean absoluteOutside(String path) throws IOException {
    try {
      Path p = Path.of(path);
      return p.isAbsolute() && Files.exists(p) && !real(p).startsWith(folder);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** The path with links resolved where it exists, else only normalised. */
  private static Path real(Path p) throws IOException {
    Path absolute = p.toAbsolutePath().normalize();
    return Files.exists(absolute) ? absolute.toRealPath() : absolute;
  }
}
