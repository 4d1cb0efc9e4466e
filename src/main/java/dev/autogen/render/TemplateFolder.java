package dev.autogen.render;

import java.util.Optional;

/**
 * A user's template folder, laid out like {@code templates/} and read by the caller (the CLI reads
 * it from disk), so that rendering never touches the file system.
 */
public interface TemplateFolder {

  /** The text of the file at {@code path} (relative, with {@code /}), if the folder has it. */
  Optional<String> read(String path);

  /** Where {@code path} is or would be, for messages naming every place searched. */
  String where(String path);
}
