package dev.autogen.render;

/**
 * A planned change the files cannot carry as written (a handed ALTER with a line break, which would
 * end the comment lines of the tool's commands, or with a {@code ;}, which the tool's pattern-based
 * reading of {@code --alter} is not trusted with): the CLI reports its one-line message with exit
 * code 2, as it does an unplannable change, instead of an internal error.
 */
public final class UnrenderableChange extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnrenderableChange(String message) {
    super(message);
  }
}
