package dev.autogen.lint.rules;

import dev.autogen.lint.Finding;
import dev.autogen.lint.JavaStrings;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.Touches;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rule {@code contract-still-used}: a DROP TABLE or DROP COLUMN of a linted file while the sources
 * still name what it drops: an entity maps it, or a string literal (a JPQL query, a native
 * {@code @Query}, a JDBC statement) names the table or the column (as written, or in camel case as
 * JPQL names fields). The code that still uses it would fail once the contract step ran.
 */
public final class ContractGate {
  static final Rule RULE =
      Rule.error(
          "contract-still-used",
          "The contract step drops a table or column that the application sources still use.",
          "Remove every use from the entities and queries first, deploy that, then promote the contract step.");

  private ContractGate() {}

  /**
   * @param sources the working-tree Java sources (display name and text)
   */
  public static List<Finding> findings(
      StatementPass pass, Optional<Schema> headModel, List<SourceLocator.Source> sources) {
    List<Finding> out = new ArrayList<>();
    for (Touches.Drop d : pass.state().touches().drops()) {
      String table = d.table();
      Optional<String> column = d.column();
      Optional<String> use =
          headModel.flatMap(m -> mapped(m, table, column)).or(() -> named(sources, table, column));
      use.ifPresent(
          u ->
              out.add(
                  new Finding(
                      d.file(),
                      d.line(),
                      RULE,
                      "dropping " + d.text() + " while " + u + " still uses it",
                      Optional.of(d.text()),
                      Optional.empty())));
    }
    return out;
  }

  private static Optional<String> mapped(Schema model, String table, Optional<String> column) {
    Optional<Table> t =
        model.tables().stream().filter(x -> x.name().value().equals(table)).findFirst();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (column.isEmpty()) {
      return Optional.of("an entity (table " + table + ")");
    }
    return t.get()
        .column(Identifier.of(column.get()))
        .map(c -> "an entity (column " + table + "." + column.get() + ")");
  }

  private static Optional<String> named(
      List<SourceLocator.Source> sources, String table, Optional<String> column) {
    List<String> words = new ArrayList<>();
    if (column.isPresent()) {
      words.add(column.get());
      String camel = camel(column.get());
      if (!camel.equals(column.get())) {
        words.add(camel);
      }
    } else {
      words.add(table);
    }
    List<Pattern> patterns =
        words.stream()
            .map(
                w ->
                    Pattern.compile(
                        "(?<![\\w$])" + Pattern.quote(w) + "(?![\\w$])", Pattern.CASE_INSENSITIVE))
            .toList();
    for (SourceLocator.Source s : sources) {
      for (JavaStrings.Literal lit : JavaStrings.of(s.text())) {
        // a column name alone in a literal is an annotation value or a constant; a query has words
        boolean query = lit.text().strip().contains(" ");
        if (!query) {
          continue;
        }
        if (column.isPresent()
            && !Pattern.compile(
                    "(?<![\\w$])" + Pattern.quote(table) + "(?![\\w$])", Pattern.CASE_INSENSITIVE)
                .matcher(lit.text())
                .find()
            && !lit.text().contains(".")) {
          // a column named in a query about another table (no table name, no alias.field) is not
          // ours
          continue;
        }
        for (Pattern p : patterns) {
          if (p.matcher(lit.text()).find()) {
            return Optional.of("the query at " + s.file() + ":" + lit.line());
          }
        }
      }
    }
    return Optional.empty();
  }

  static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = b.length() > 0;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }
}
