package dev.autogen.devdb;

/** A dev database could not be opened; the message says why in words fit for the user. */
public final class DevDatabaseException extends Exception {
  public DevDatabaseException(String message) {
    super(message);
  }

  public DevDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
