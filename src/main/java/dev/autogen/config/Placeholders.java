package dev.autogen.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * Spring's {@code ${name}} and {@code ${name:default}} placeholders in a property value, resolved
 * the way Spring Boot resolves them at start-up: the value of {@code name} (looked up by the
 * caller: environment, then the other properties), else the default, which may hold placeholders
 * itself. A placeholder with neither is an error, as it is for Spring Boot.
 */
final class Placeholders {
  private static final int MAX_DEPTH = 16;

  private Placeholders() {}

  /**
   * @param text a property value
   * @param lookup the value of a placeholder name, empty when it has none
   * @param where names the key and file for the error message
   * @throws ConfigException when a placeholder has no value and no default, or refers to itself
   */
  static String resolve(String text, Function<String, Optional<String>> lookup, String where) {
    return resolve(text, lookup, where, 0);
  }

  private static String resolve(
      String text, Function<String, Optional<String>> lookup, String where, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ConfigException(where + ": placeholders refer to each other in a circle");
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      int end = closingBrace(text, start + 2);
      if (end < 0) {
        // an unclosed ${ is text, as Spring leaves it
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      String inner = text.substring(start + 2, end);
      int colon = separator(inner);
      String name = colon < 0 ? inner : inner.substring(0, colon);
      name = resolve(name, lookup, where, depth + 1).strip();
      Optional<String> value = lookup.apply(name);
      String resolved;
      if (value.isPresent()) {
        resolved = resolve(value.get(), lookup, where, depth + 1);
      } else if (colon >= 0) {
        resolved = resolve(inner.substring(colon + 1), lookup, where, depth + 1);
      } else {
        throw new ConfigException(
            where
                + ": ${"
                + name
                + "} has no value (set the environment variable "
                + EnvironmentNames.of(name)
                + ", or give a default: ${"
                + name
                + ":value})");
      }
      out.append(resolved);
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the brace closing a placeholder whose name starts at {@code from}, or -1. */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.startsWith("${", i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code :} outside a nested placeholder, or -1. */
  private static int separator(String inner) {
    int depth = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (inner.startsWith("${", i)) {
        depth++;
        i++;
      } else if (inner.charAt(i) == '}') {
        depth--;
      } else if (inner.charAt(i) == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
