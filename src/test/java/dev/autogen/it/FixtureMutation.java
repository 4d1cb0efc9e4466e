package dev.autogen.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One edit of a fixture set's source text and the single change autogen must propose for it.
 *
 * <p>A set's {@code mutations} file holds one per line: {@code file | find | replace | kind
 * table[.column], ...}, where {@code find} occurs exactly once in {@code file} ({@code \\n} for a
 * line break), {@code kind} is a change kind word ({@code drop_column}, {@code
 * alter_column_type}...) and the list names every change the edit must cause, no more (an empty
 * list: the edit must change nothing). Every set also gets {@link #addColumn}, which adds a field
 * to its first entity.
 */
record FixtureMutation(String file, String find, String replace, List<Expected> expected) {

  /**
   * One change the mutation must cause.
   *
   * @param table the table's catalog name, or empty for any table
   * @param column the column's catalog name, or empty for a table-level change
   */
  record Expected(String kind, String table, String column) {
    static Expected parse(String text) {
      String[] parts = text.trim().split("\\s+");
      String[] tableColumn = parts[1].split("\\.", 2);
      return new Expected(parts[0], tableColumn[0], tableColumn.length > 1 ? tableColumn[1] : "");
    }

    /**
     * Names compare ignoring case: the file spells PostgreSQL's folded names, MySQL keeps the case
     * Hibernate wrote ({@code Pet.owner_id}), and one file serves both.
     */
    boolean matches(String kind, String table, String column) {
      return this.kind.equals(kind)
          && (this.table.isEmpty() || this.table.equalsIgnoreCase(table))
          && this.column.equalsIgnoreCase(column);
    }

    @Override
    public String toString() {
      return kind + " " + (table.isEmpty() ? "*" : table) + (column.isEmpty() ? "" : "." + column);
    }
  }

  private static final Pattern CLASS_BODY = Pattern.compile("class\\s+\\w+[^{]*\\{");

  static final String ADDED_COLUMN = "mutant_col";

  @Override
  public String toString() {
    return (expected.isEmpty()
            ? "no change"
            : expected.stream().map(Expected::toString).collect(Collectors.joining(", ")))
        + " ("
        + file
        + ")";
  }

  static List<FixtureMutation> of(Path set) throws IOException {
    List<FixtureMutation> mutations = new ArrayList<>();
    addColumn(set).ifPresent(mutations::add);
    Path file = set.resolve("mutations");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s*\\|\\s*", -1);
        if (parts.length != 4) {
          throw new IllegalArgumentException(file + ": expected 4 parts in '" + line + "'");
        }
        mutations.add(
            new FixtureMutation(
                parts[0].trim(),
                unescape(parts[1].trim()),
                unescape(parts[2].trim()),
                parts[3].isBlank()
                    ? List.of()
                    : Arrays.stream(parts[3].split(",")).map(Expected::parse).toList()));
      }
    }
    return mutations;
  }

  /** A new {@code Integer} field in the first {@code @Entity} class of the set. */
  private static java.util.Optional<FixtureMutation> addColumn(Path set) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(set)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      int entity = text.indexOf("@Entity");
      if (entity < 0) {
        continue;
      }
      Matcher body = CLASS_BODY.matcher(text);
      if (body.find(entity)) {
        return java.util.Optional.of(
            new FixtureMutation(
                set.relativize(f).toString(),
                body.group(),
                body.group() + "\n  private Integer " + ADDED_COLUMN + ";\n",
                List.of(new Expected("add_column", "", ADDED_COLUMN))));
      }
    }
    return java.util.Optional.empty();
  }

  /** {@code \\n} in a mutations line stands for a line break. */
  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }

  /** Copies the set into {@code target} with this edit applied. */
  void applyTo(Path set, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(set)) {
      for (Path p : walk.toList()) {
        Path copy = target.resolve(set.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(p, copy);
        }
      }
    }
    Path edited = target.resolve(file);
    String text = Files.readString(edited);
    int at = text.indexOf(find);
    if (at < 0 || text.indexOf(find, at + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + find + "' must occur exactly once in " + file + " for mutation " + this);
    }
    Files.writeString(edited, text.substring(0, at) + replace + text.substring(at + find.length()));
  }
}
