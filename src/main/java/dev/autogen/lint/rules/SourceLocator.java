package dev.autogen.lint.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds where an entity maps a table or column in Java sources, by text (the entity reader keeps no
 * positions in the model): the file of the {@code @Entity} whose class name or {@code @Table} /
 * {@code @Entity} name matches the table, and in it the line naming the column as a string literal
 * or as a field. Names compare without case and underscores, so {@code legacy_code} finds {@code
 * legacyCode}.
 */
public final class SourceLocator {
  /** One source file: its name as findings show it, and its text. */
  public record Source(String file, String text) {}

  /** A place in a source file. */
  public record Place(String file, int line) {}

  private final List<Source> sources;

  public SourceLocator(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  /** Where to report what no entity names: the first source file (or {@code .}), line 1. */
  public Place fallback() {
    return new Place(sources.isEmpty() ? "." : sources.get(0).file(), 1);
  }

  /** The entity of {@code table}, at the column's line when {@code column} is given and found. */
  public Optional<Place> find(String table, Optional<String> column) {
    String wanted = fold(table);
    for (Source s : sources) {
      if (!s.text().contains("@Entity")) {
        continue;
      }
      String[] lines = s.text().split("\n", -1);
      int classLine = -1;
      boolean named = false;
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if ((l.contains("@Table") || l.contains("@Entity")) && l.contains("\"")) {
          named |= literals(l).stream().anyMatch(lit -> fold(lit).equals(wanted));
        }
        int at = l.indexOf("class ");
        if (classLine < 0 && at >= 0) {
          String rest = l.substring(at + 6).strip();
          String name = rest.split("[^A-Za-z0-9_$]", 2)[0];
          classLine = i;
          named |= fold(name).equals(wanted);
        }
      }
      if (!named || classLine < 0) {
        continue;
      }
      if (column.isPresent()) {
        String col = fold(column.get());
        for (int i = classLine; i < lines.length; i++) {
          if (mentions(lines[i], col)) {
            return Optional.of(new Place(s.file(), i + 1));
          }
        }
      }
      return Optional.of(new Place(s.file(), classLine + 1));
    }
    return Optional.empty();
  }

  private static boolean mentions(String line, String foldedColumn) {
    if (literals(line).stream().anyMatch(lit -> fold(lit).equals(foldedColumn))) {
      return true;
    }
    String code = line.strip();
    if (code.startsWith("//") || code.startsWith("*") || code.startsWith("@")) {
      return false;
    }
    // a field declaration: "... Type name;" or "... Type name = ..."
    String head = code.split("[;=]", 2)[0].strip();
    String[] words = head.split("\\s+");
    return code.contains(";") && fold(words[words.length - 1]).equals(foldedColumn);
  }

  static List<String> literals(String line) {
    List<String> out = new java.util.ArrayList<>();
    int i = line.indexOf('"');
    while (i >= 0) {
      int end = line.indexOf('"', i + 1);
      if (end < 0) {
        break;
      }
      out.add(line.substring(i + 1, end));
      i = line.indexOf('"', end + 1);
    }
    return out;
  }

  static String fold(String name) {
    return name.replace("_", "").replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
  }
}
