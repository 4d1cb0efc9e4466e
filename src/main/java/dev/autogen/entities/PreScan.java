package dev.autogen.entities;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cheap look at a source file's text that decides whether it is parsed up front (issue 18):
 * only a file that names a persistence, Hibernate or Bean Validation package (or {@code
 * AttributeConverter}, or autogen's {@code @RenamedFrom}) can declare an entity, embeddable, mapped
 * superclass, converter or anything else the reader looks for among all types. Every other file is
 * parsed only when a name it may declare is looked up (an enum behind {@code @Enumerated}, a class
 * of constants, a plain superclass, a field's type), so the reader's answers stay what they were
 * when every file was parsed.
 */
final class PreScan {

  /**
   * Text that any file the reader needs without being asked for by name contains: the reader
   * recognises persistence annotations only through imports or qualified names.
   */
  private static final List<String> MARKERS =
      List.of(
          "jakarta.persistence",
          "javax.persistence",
          "org.hibernate",
          "jakarta.validation",
          "javax.validation",
          "AttributeConverter",
          "RenamedFrom");

  /**
   * Every name after a type keyword: more than the file declares (words in comments and strings
   * match too), never less, which is what a look-up needs to know whether to parse the file.
   */
  private static final Pattern DECLARED =
      Pattern.compile(
          "\\b(?:class|interface|enum|record)\\s+(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)");

  private PreScan() {}

  /** Whether the file is parsed up front. */
  static boolean mayMap(Path path, String text) {
    if (path.getFileName().toString().equals("package-info.java")) {
      return true;
    }
    // not text: parsed up front so that it is reported, as when every file was parsed
    if (text.indexOf('\0') >= 0) {
      return true;
    }
    for (String marker : MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The simple names of the types the file may declare, nested ones included. */
  static Set<String> declaredNames(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = DECLARED.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * The package the file declares, "" for none: what comes after {@code package} once leading
   * whitespace and comments are skipped (only {@code package-info.java}, always parsed, may have
   * annotations before it).
   */
  static String packageName(String text) {
    int i = skipSpaceAndComments(text, 0);
    if (!text.startsWith("package", i)
        || i + 7 >= text.length()
        || Character.isJavaIdentifierPart(text.charAt(i + 7))) {
      return "";
    }
    StringBuilder name = new StringBuilder();
    for (int j = skipSpaceAndComments(text, i + 7); j < text.length(); ) {
      char c = text.charAt(j);
      if (c == ';') {
        return name.toString();
      }
      if (Character.isJavaIdentifierPart(c) || c == '.') {
        name.append(c);
        j++;
      } else {
        int next = skipSpaceAndComments(text, j);
        if (next == j) {
          return name.toString();
        }
        j = next;
      }
    }
    return name.toString();
  }

  private static int skipSpaceAndComments(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        return i;
      }
    }
    return i;
  }
}
