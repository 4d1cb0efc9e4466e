package dev.autogen.devdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the text files autogen is given (migrations, their {@code .conf}, {@code autogen.sum}, the
 * config file, templates) as UTF-8, naming the file when it is not text: the JDK's own message for
 * a byte that is not UTF-8 is "Input length = 1", with no file in it.
 */
public final class TextFiles {

  private TextFiles() {}

  /** The file's text. */
  public static String read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, not a file");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw notText(file);
    }
    if (text.indexOf('\0') >= 0) {
      throw notText(file);
    }
    return text;
  }

  /** The file's lines. */
  public static List<String> lines(Path file) throws IOException {
    return read(file).lines().toList();
  }

  private static IOException notText(Path file) {
    return new IOException(file + " is not UTF-8 text (a binary file?)");
  }
}
