package dev.autogen.diff;

import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An object of the database the differ did not compare with the entities, so that a reviewer knows
 * the report is silent about it: an index autogen cannot model (descending, partial, over
 * expressions, another access method, INCLUDE columns), or a view an entity maps. It is never
 * dropped or changed by a plan.
 *
 * @param kind what the object is ({@code index})
 * @param definition the object's definition as the database gives it
 * @param reason why it was not compared, in a few words
 */
public record NotCompared(
    Identifier table, String kind, Identifier name, String definition, String reason) {

  /** What a reader looks for: a view by its name, an index by its table and name. */
  public String subject() {
    return table.equals(name) && kind.equals("view") ? name.value() : table + "." + name;
  }

  /** The objects of the current schema that the differ leaves alone, table by table. */
  public static List<NotCompared> in(Schema current) {
    return in(current, List.of(), new Schema(List.of(), List.of()));
  }

  /**
   * Also the views an entity maps (they are not tables: compared by column names only, the missing
   * ones named).
   */
  public static List<NotCompared> in(Schema current, List<View> views, Schema desired) {
    List<NotCompared> out = new ArrayList<>();
    for (View v : views) {
      desired
          .table(v.name())
          .ifPresent(
              t -> {
                List<String> missing =
                    t.columns().stream()
                        .map(c -> c.name())
                        .filter(c -> !v.columns().contains(c))
                        .map(Identifier::value)
                        .toList();
                out.add(
                    new NotCompared(
                        v.name(),
                        "view",
                        v.name(),
                        "columns "
                            + String.join(
                                ", ", v.columns().stream().map(Identifier::value).toList()),
                        missing.isEmpty()
                            ? "an entity maps this view; every column it maps is there (types,"
                                + " keys and constraints not compared)"
                            : "an entity maps this view, which lacks its columns "
                                + String.join(", ", missing)));
              });
    }
    for (Table t : current.tables()) {
      for (Index i : t.indexes()) {
        i.opaqueDefinition()
            .ifPresent(d -> out.add(new NotCompared(t.name(), "index", i.name(), d, reason(d))));
      }
    }
    return List.copyOf(out);
  }

  /** What makes an index definition one autogen does not model, read from its text. */
  static String reason(String definition) {
    String d = definition.toLowerCase(Locale.ROOT);
    List<String> why = new ArrayList<>();
    if (d.contains(" where ")) {
      why.add("partial");
    }
    if (d.contains(" desc")) {
      why.add("descending");
    }
    if (d.contains(" include ")) {
      why.add("include columns");
    }
    String keys = keyList(d);
    if (keys.contains("(")) {
      why.add("expression or prefix");
    }
    if (keys.contains("_ops")) {
      why.add("operator class");
    }
    for (String kind : List.of("fulltext", "spatial")) {
      if (d.startsWith(kind + " ") || d.contains(" " + kind + " ")) {
        why.add(kind);
      }
    }
    java.util.regex.Matcher using = java.util.regex.Pattern.compile(" using (\\w+)").matcher(d);
    if (using.find() && !using.group(1).equals("btree")) {
      why.add(using.group(1));
    }
    return why.isEmpty() ? "not modelled" : String.join(", ", why);
  }

  /** The text inside the parentheses of the key list ({@code ... USING btree (a, lower(b))}). */
  private static String keyList(String d) {
    // PostgreSQL spells "... USING gin (keys)", MySQL's "(keys) USING HASH"
    int using = d.indexOf(" using ");
    int open = using >= 0 ? d.indexOf('(', using) : -1;
    open = open >= 0 ? open : d.indexOf('(');
    if (open < 0) {
      return "";
    }
    int depth = 0;
    for (int i = open; i < d.length(); i++) {
      if (d.charAt(i) == '(') {
        depth++;
      } else if (d.charAt(i) == ')' && --depth == 0) {
        return d.substring(open + 1, i);
      }
    }
    return d.substring(open + 1);
  }
}
