package dev.autogen.introspect;

/**
 * Reading the database failed: the schema is missing, the connection broke or a catalog query was
 * refused. The message names the schema; the cause, when there is one, is the driver's exception.
 */
public final class IntrospectionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean schemaMissing;

  public IntrospectionException(String message) {
    super(message);
    this.schemaMissing = false;
  }

  private IntrospectionException(String message, boolean schemaMissing) {
    super(message);
    this.schemaMissing = schemaMissing;
  }

  /** The schema to read does not exist. */
  public static IntrospectionException schemaMissing(String schema) {
    return new IntrospectionException("schema '" + schema + "' does not exist", true);
  }

  /** Whether the schema asked for does not exist (the server itself answered). */
  public boolean schemaMissing() {
    return schemaMissing;
  }

  public IntrospectionException(String message, Throwable cause) {
    super(message, cause);
    this.schemaMissing = false;
  }
}
