package dev.autogen.verify;

/** The project has no step to verify (a change log without changesets): a usage error. */
public final class NothingToVerifyException extends Exception {
  public NothingToVerifyException(String message) {
    super(message);
  }
}
