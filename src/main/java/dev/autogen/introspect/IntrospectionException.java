package dev.autogen.introspect;

/**
 * Reading the database failed: the schema is missing, the connection broke or a catalog query was
 * refused. The message names the schema; the cause, when there is one, is the driver's exception.
 */
public final class IntrospectionException extends Exception {

  private static final long serialVersionUID = 1L;

  public IntrospectionException(String message) {
    super(message);
  }

  public IntrospectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
