package dev.autogen.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file (plain strings and text blocks), with the line each
 * starts on; comments and character literals are skipped. Enough of the Java lexer to find the JPQL
 * and native SQL a repository holds, without compiling or parsing it.
 */
public final class JavaStrings {
  /** One literal: the line it starts on and its contents (escapes left as written). */
  public record Literal(int line, String text) {}

  private JavaStrings() {}

  public static List<Literal> of(String src) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (src.startsWith("//", i)) {
        while (i < n && src.charAt(i) != '\n') {
          i++;
        }
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(src, i, end);
        i = end;
      } else if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        while (end > 0 && src.charAt(end - 1) == '\\') {
          end = src.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        out.add(new Literal(line, src.substring(i + 3, end)));
        line += count(src, i, end);
        i = Math.min(n, end + 3);
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          out.add(new Literal(line, src.substring(i + 1, Math.min(j, n))));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int k = from; k < to && k < s.length(); k++) {
      if (s.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
