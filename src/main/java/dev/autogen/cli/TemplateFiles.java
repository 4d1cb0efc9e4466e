package dev.autogen.cli;

import dev.autogen.render.TemplateFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The {@code --templates} folder on disk, read for the renderer (which reads no files itself). */
public final class TemplateFiles implements TemplateFolder {

  private final Path dir;

  private TemplateFiles(Path dir) {
    this.dir = dir;
  }

  /**
   * The template folder at {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static TemplateFiles of(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("template folder " + dir + " is not a directory");
    }
    return new TemplateFiles(dir);
  }

  /** The bundled templates, overridden file by file by those of {@code --templates} if given. */
  static dev.autogen.render.TemplateSource source(Optional<Path> dir) {
    return dir.map(TemplateFiles::of)
        .map(dev.autogen.render.TemplateSource::withOverrides)
        .orElseGet(dev.autogen.render.TemplateSource::bundled);
  }

  @Override
  public Optional<String> read(String path) {
    Path file = dir.resolve(path);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + file, e);
    }
  }

  @Override
  public String where(String path) {
    return dir.resolve(path).toString();
  }
}
