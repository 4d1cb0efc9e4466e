package dev.autogen.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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

  /** One import declaration as written: {@code import [static] name[.*];}. */
  record Import(String name, boolean isStatic, boolean isAsterisk) {}

  /**
   * A file's import declarations read from its text, and the text with them blanked out (their line
   * breaks kept, so every later line keeps its number). JavaParser then tokenizes and builds nodes
   * for the declarations only: in the bench's entities a third of the tokens were imports (issue
   * 18). Empty when the header is not plain (annotations before the package, Unicode escapes,
   * anything unexpected) or holds no import: the file is then parsed whole, as before.
   */
  record Header(String body, List<Import> imports) {}

  static Optional<Header> header(String text) {
    int i = skipSpaceAndComments(text, 0);
    if (keywordAt(text, i, "package")) {
      i = text.indexOf(';', i);
      if (i < 0) {
        return Optional.empty();
      }
      i = skipSpaceAndComments(text, i + 1);
    }
    List<Import> imports = new ArrayList<>();
    List<int[]> blanked = new ArrayList<>();
    while (keywordAt(text, i, "import")) {
      int start = i;
      int j = skipSpaceAndComments(text, i + 6);
      boolean isStatic = keywordAt(text, j, "static");
      if (isStatic) {
        j = skipSpaceAndComments(text, j + 6);
      }
      StringBuilder name = new StringBuilder();
      boolean asterisk = false;
      while (true) {
        int end = identifierEnd(text, j);
        if (end == j) {
          return Optional.empty();
        }
        name.append(text, j, end);
        j = skipSpaceAndComments(text, end);
        if (j < text.length() && text.charAt(j) == ';') {
          break;
        }
        if (j >= text.length() || text.charAt(j) != '.') {
          return Optional.empty();
        }
        j = skipSpaceAndComments(text, j + 1);
        if (j < text.length() && text.charAt(j) == '*') {
          asterisk = true;
          j = skipSpaceAndComments(text, j + 1);
          if (j >= text.length() || text.charAt(j) != ';') {
            return Optional.empty();
          }
          break;
        }
        name.append('.');
      }
      imports.add(new Import(name.toString(), isStatic, asterisk));
      blanked.add(new int[] {start, j + 1});
      i = skipSpaceAndComments(text, j + 1);
    }
    // a Unicode escape (JavaParser translates them before tokenizing) may hide anything
    if (text.lastIndexOf('\\', i) >= 0) {
      return Optional.empty();
    }
    if (blanked.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder body = new StringBuilder(text.length());
    int from = 0;
    for (int[] range : blanked) {
      body.append(text, from, range[0]);
      for (int k = range[0]; k < range[1]; k++) {
        char c = text.charAt(k);
        if (c == '\n' || c == '\r') {
          body.append(c);
        }
      }
      from = range[1];
    }
    body.append(text, from, text.length());
    return Optional.of(new Header(body.toString(), imports));
  }

  private static boolean keywordAt(String text, int i, String keyword) {
    int end = i + keyword.length();
    return text.startsWith(keyword, i)
        && (end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end)));
  }

  private static int identifierEnd(String text, int from) {
    if (from >= text.length() || !Character.isJavaIdentifierStart(text.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
      i++;
    }
    return i;
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
