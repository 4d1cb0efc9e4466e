package dev.autogen.lint.run;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.introspect.ViewsAndTriggers;
import dev.autogen.lint.Token;
import dev.autogen.lint.Tokens;
import dev.autogen.lint.state.Subject;
import dev.autogen.lint.state.Surface;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Surface} from a dev database through the dialect's {@link Introspector}: the
 * tables, the views with their column types (parsed by the dialect's type mapper), and the columns
 * the triggers fill.
 */
final class SurfaceReader {
  private SurfaceReader() {}

  static Surface read(Connection c, String schemaName, Dialect dialect)
      throws SQLException, IntrospectionException {
    Introspector introspector = new Introspector(dialect);
    Schema schema = introspector.read(c, schemaName).current();
    ViewsAndTriggers vt = introspector.readViewsAndTriggers(c, schemaName);
    Map<String, Map<String, SqlType>> views = new LinkedHashMap<>();
    vt.views()
        .forEach(
            (view, columns) -> {
              Map<String, SqlType> types = new LinkedHashMap<>();
              columns.forEach((column, type) -> types.put(column, type(dialect, type)));
              views.put(view, types);
            });
    Set<String> filled = new HashSet<>();
    for (ViewsAndTriggers.Trigger t : vt.triggers()) {
      assigned(t.body(), dialect).forEach(col -> filled.add(Subject.text(t.table(), col)));
    }
    return new Surface(schema, new HashMap<>(views), filled);
  }

  private static SqlType type(Dialect dialect, String text) {
    try {
      return dialect.types().parse(text);
    } catch (RuntimeException e) {
      // a type the mapper cannot read: keep its text, it then only equals itself
      return SqlType.of(text);
    }
  }

  /**
   * The columns a trigger body assigns: PL/pgSQL {@code NEW.x := ...} (tokenised as {@code :}
   * {@code =}), MySQL {@code SET NEW.x = ..., NEW.y = ...}.
   */
  static Set<String> assigned(String body, Dialect dialect) {
    List<Token> tokens = new Tokens(dialect).of(body);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is("NEW")
          && tokens.get(i + 1).isSymbol(".")
          && tokens.get(i + 2).isName()
          && (tokens.get(i + 3).isSymbol(":")
              || (tokens.get(i + 3).isSymbol("=")
                  && i > 0
                  && startsAssignment(tokens.get(i - 1))))) {
        out.add(tokens.get(i + 2).name());
      }
    }
    return out;
  }

  /** {@code SET NEW.x =} or {@code , NEW.y =} in a SET list; not {@code IF NEW.x = 1}. */
  private static boolean startsAssignment(Token before) {
    return before.is("SET") || before.isSymbol(",");
  }
}
