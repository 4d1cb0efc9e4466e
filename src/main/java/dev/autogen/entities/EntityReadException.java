package dev.autogen.entities;

import dev.autogen.model.SourceLocation;

/**
 * The entity sources cannot be turned into a schema: a file does not parse, or a mapping is
 * invalid. The message starts with {@code file:line:}.
 */
public final class EntityReadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;

  public EntityReadException(SourceLocation location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  public EntityReadException(SourceLocation location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = location;
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }
}
