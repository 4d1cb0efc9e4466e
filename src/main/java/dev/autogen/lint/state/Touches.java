package dev.autogen.lint.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the linted statements touched each table and column, what they dropped, and what the rules
 * saw handled by an expand/contract sequence: what the schema, model and intermediate checks read
 * afterwards to place their findings and to leave alone what the statement rules already judged.
 */
public final class Touches {
  /** Where a subject was last touched by a linted statement; {@code order} counts statements. */
  public record Location(String file, int line, int order) {}

  /** A DROP TABLE or DROP COLUMN in a linted file, naming what it drops as written. */
  public record Drop(String file, int line, String table, Optional<String> column) {
    /** {@code t} or {@code t.c}. */
    public String text() {
      return column.map(c -> table + "." + c).orElse(table);
    }
  }

  private final Map<Subject, Location> last = new HashMap<>();
  // file -> subject -> the first line of that file touching it
  private final Map<String, Map<Subject, Integer>> byFile = new HashMap<>();
  private final List<Drop> drops = new ArrayList<>();
  private final Set<Subject> handled = new HashSet<>();
  private int order;
  private Location lastOpaque;

  /** Records that an expand/contract sequence handles the subject, so no check repeats it. */
  public void markHandled(Subject subject) {
    handled.add(subject);
  }

  public Set<Subject> handled() {
    return Set.copyOf(handled);
  }

  public Optional<Location> last(Subject subject) {
    return Optional.ofNullable(last.get(subject));
  }

  /** The last linted statement the rules cannot see into (a DO block, a function call). */
  public Optional<Location> lastOpaque() {
    return Optional.ofNullable(lastOpaque);
  }

  /** The subjects the statements of a linted file touched. */
  public Set<Subject> touchedBy(String file) {
    return Set.copyOf(byFile.getOrDefault(file, Map.of()).keySet());
  }

  /**
   * The first line of a linted file that touches the subject (a column falls back to its table).
   */
  public Optional<Integer> firstIn(String file, Subject subject) {
    Map<Subject, Integer> lines = byFile.getOrDefault(file, Map.of());
    return Optional.ofNullable(lines.get(subject))
        .or(
            () ->
                subject.column().isEmpty()
                    ? Optional.empty()
                    : Optional.ofNullable(lines.get(subject.tableOnly())));
  }

  /** Every DROP TABLE / DROP COLUMN of the linted files, in order. */
  public List<Drop> drops() {
    return List.copyOf(drops);
  }

  /** Counts a statement (of any file): touches compare by this order. */
  void next() {
    order++;
  }

  void opaque(String file, int line) {
    lastOpaque = new Location(file, line, order);
  }

  /** The subject was last touched here. */
  void last(Subject subject, String file, int line) {
    last.put(subject, new Location(file, line, order));
  }

  /** The subject was touched in the file; the first line counts. */
  void in(Subject subject, String file, int line) {
    byFile.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(subject, line);
  }

  void dropped(Drop drop) {
    drops.add(drop);
  }
}
