package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the changesets of an XML, YAML or JSON changelog start in its text: Liquibase keeps no line
 * numbers, so the {@code <changeSet} / {@code - changeSet:} / {@code "changeSet":} before an {@code
 * id} of the changeset's value is looked up. The file is read once, whatever its size.
 */
final class ChangeSetLines {
  /**
   * The word changeSet as XML ({@code <changeSet}), YAML ({@code changeSet:}) and JSON write it.
   */
  private static final Pattern CHANGESET =
      Pattern.compile("<\\s*changeSet\\b|\\bchangeSet\\s*[\"']?\\s*:", Pattern.CASE_INSENSITIVE);

  /** An {@code id} attribute or key and its value, quoted or not. */
  private static final Pattern ID =
      Pattern.compile(
          "\\bid\\s*[\"']?\\s*[:=]\\s*(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|([^\\s\"',}>]+))");

  private final String text;
  private final int[] changeSets;
  private final int[] lineStarts;
  private final Map<String, List<Integer>> ids = new HashMap<>();

  ChangeSetLines(String text) {
    this.text = text;
    this.changeSets = CHANGESET.matcher(text).results().mapToInt(r -> r.start()).toArray();
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      ids.computeIfAbsent(value.strip(), k -> new ArrayList<>()).add(m.start());
    }
  }

  /**
   * The 1-based line of the changeset's {@code changeSet}: the one nearest before an {@code id} of
   * that value whose changeset names the author; else the line of the first such id; else 1.
   */
  int line(String id, String author) {
    List<Integer> at = ids.getOrDefault(id == null ? "" : id.strip(), List.of());
    for (int offset : at) {
      int i = Arrays.binarySearch(changeSets, offset);
      int before = i >= 0 ? i : -i - 2;
      if (before < 0) {
        continue;
      }
      int start = changeSets[before];
      int end = before + 1 < changeSets.length ? changeSets[before + 1] : text.length();
      if (author == null || author.isEmpty() || text.substring(start, end).contains(author)) {
        return lineOf(start);
      }
    }
    return at.isEmpty() ? 1 : lineOf(at.get(0));
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
