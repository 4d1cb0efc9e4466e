package dev.autogen.model;

import java.nio.file.Path;

/** A place in a user's file, for messages that name file and line. */
public record SourceLocation(Path file, int line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
