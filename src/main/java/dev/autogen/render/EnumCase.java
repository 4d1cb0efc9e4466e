package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.plan.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of an enum's values rewritten between ordinals and names, shared by the one-statement and
 * the batched conversion: {@code value} a CASE from each text to convert to its new text, {@code
 * pending} the list of those texts (the rows still to convert).
 */
record EnumCase(String value, String pending) {

  /** {@code column} is the mapping's column, quoted. */
  static EnumCase of(Value.EnumMapping m, String column, Dialect dialect) {
    // text on both sides: the column is an interim varchar, and a number compared with a name
    // would convert the name (to 0, with a warning that strict mode turns into an error)
    List<String> from = new ArrayList<>();
    StringBuilder value = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < m.constants().size(); i++) {
      String name = dialect.expressions().literal(m.constants().get(i));
      String ordinal = dialect.expressions().literal(Integer.toString(i));
      String was = m.toNames() ? ordinal : name;
      from.add(was);
      value.append(" WHEN ").append(was).append(" THEN ").append(m.toNames() ? name : ordinal);
    }
    value.append(" END");
    return new EnumCase(value.toString(), String.join(", ", from));
  }
}
