package dev.autogen.entities;

import dev.autogen.model.SourceLocation;

/**
 * An unrecoverable problem found deep inside the mapping; unchecked so that it crosses lambdas, and
 * turned into {@link EntityReadException} by {@link EntityReader}.
 */
final class SourceProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;

  SourceProblem(SourceLocation location, String message) {
    super(message);
    this.location = location;
  }

  EntityReadException toException() {
    return new EntityReadException(location, getMessage(), this);
  }
}
