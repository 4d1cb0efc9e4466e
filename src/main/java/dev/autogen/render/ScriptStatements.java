package dev.autogen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text the templates produced into single statements, for a changelog whose runner cannot be
 * trusted to do it: Liquibase's splitter cuts a dollar-quoted body at its first {@code ;} after a
 * {@code DECLARE}, and knows no MySQL {@code DELIMITER} line. Only what autogen's own templates
 * write is expected, by their contract: an operation separates its statements by the terminator and
 * a blank line ({@code ";\n\n"}), so a {@code ;} at the end of a line inside a body does not end
 * it; session settings are one statement a line. A {@code DELIMITER X} line ends the statement
 * before it and makes {@code X} the terminator. Chunks of nothing but comments are dropped, since a
 * server rejects an empty statement.
 */
final class ScriptStatements {

  private static final Pattern DELIMITER_LINE =
      Pattern.compile("(?i)^\\s*DELIMITER\\s+(\\S+)\\s*$");

  private ScriptStatements() {}

  /** The statements of an operation's text, each without its terminator and trimmed. */
  static List<String> operation(String text) {
    return split(text, false);
  }

  /** The statements of one-statement-a-line text (session settings). */
  static List<String> lines(String text) {
    return split(text, true);
  }

  private static List<String> split(String text, boolean everyLine) {
    List<String> out = new ArrayList<>();
    String terminator = ";";
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      Matcher m = DELIMITER_LINE.matcher(line);
      if (m.matches()) {
        emit(out, current, terminator);
        terminator = m.group(1);
      } else if (line.isBlank()) {
        if (current.toString().stripTrailing().endsWith(terminator)) {
          emit(out, current, terminator);
        } else {
          current.append('\n');
        }
      } else {
        current.append(line).append('\n');
        if (everyLine && line.stripTrailing().endsWith(terminator)) {
          emit(out, current, terminator);
        }
      }
    }
    emit(out, current, terminator);
    return List.copyOf(out);
  }

  private static void emit(List<String> out, StringBuilder current, String terminator) {
    String text = current.toString().strip();
    current.setLength(0);
    if (text.endsWith(terminator)) {
      text = text.substring(0, text.length() - terminator.length()).stripTrailing();
    }
    boolean onlyComments = text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"));
    if (!onlyComments) {
      out.add(text);
    }
  }
}
