package dev.autogen.model;

/** Something a stage could not honour, with where it came from; never dropped silently. */
public record Warning(SourceLocation location, String message) {
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
