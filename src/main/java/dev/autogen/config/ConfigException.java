package dev.autogen.config;

/**
 * A project configuration autogen cannot use as written: an unreadable file, a placeholder with no
 * value, a naming strategy autogen does not know. The message names the file and the key.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
