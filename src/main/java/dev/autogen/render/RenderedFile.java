package dev.autogen.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file the renderer produced: where it belongs and its full text (UTF-8, ending with one
 * newline). Writing it is left to {@code cli}, the only stage that touches the file system.
 */
public record RenderedFile(Path path, String text) {
  public RenderedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }
}
