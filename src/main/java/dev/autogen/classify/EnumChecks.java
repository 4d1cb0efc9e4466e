package dev.autogen.classify;

import dev.autogen.diff.Change;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.diff.CheckAdded;
import dev.autogen.diff.CheckDropped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an enum check (Hibernate writes {@code status in ('A','B')} for an {@code
 * EnumType.STRING} column; PostgreSQL stores it as {@code = ANY (ARRAY['A', ...])}) being replaced
 * by one that allows fewer values. The differ sees a dropped and an added check on the same table;
 * this pairs them by the column both name.
 */
final class EnumChecks {

  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern FIRST_NAME = Pattern.compile("\"?([A-Za-z_][A-Za-z0-9_$]*)\"?");

  private EnumChecks() {}

  /** Values allowed by a dropped check on the same column that the added check no longer allows. */
  static List<String> removedValues(CheckAdded added, List<Change> all) {
    Set<String> now = literals(added.check().expression());
    String column = column(added.check().expression());
    if (now.isEmpty() || column.isEmpty()) {
      return List.of();
    }
    List<String> removed = new ArrayList<>();
    for (CheckDropped d : ChangesByKind.of(all).checksDropped()) {
      if (d.table().equals(added.table()) && column(d.check().expression()).equals(column)) {
        for (String value : literals(d.check().expression())) {
          if (!now.contains(value) && !removed.contains(value)) {
            removed.add(value);
          }
        }
      }
    }
    return removed;
  }

  static Set<String> literals(String expression) {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = LITERAL.matcher(expression);
    while (m.find()) {
      values.add(m.group(1).replace("''", "'"));
    }
    return values;
  }

  /** The first name in the expression, skipping parentheses: the constrained column. */
  static String column(String expression) {
    Matcher m = FIRST_NAME.matcher(expression);
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
  }
}
