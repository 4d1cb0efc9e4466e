package dev.autogen.devdb;

/**
 * The one-line form of an exception's message, for the one-line errors and warnings autogen prints
 * (a server's, a driver's, Flyway's or Liquibase's message often runs over several lines, with
 * hints, positions or a stack of causes after the first). It lives here because the messages come
 * from the databases and engines devdb wraps, and devdb's callers ({@code cli}, {@code lint.run},
 * {@code config}) already depend on it.
 */
public final class Messages {
  private Messages() {}

  /**
   * The first line of {@code message} that has text, stripped; {@code (no message)} when it is null
   * or blank. Any line end counts ({@code \n}, {@code \r\n}, {@code \r}).
   */
  public static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "(no message)";
    }
    return message.strip().lines().findFirst().orElseThrow().strip();
  }
}
