package dev.autogen.lint;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@link Surface} from a dev database (PostgreSQL catalogs). */
final class SurfaceReader {
  private static final String VIEW_COLUMNS =
      """
      SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE n.nspname = ? AND c.relkind IN ('v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY c.relname, a.attnum
      """;

  private static final String TRIGGER_BODIES =
      """
      SELECT c.relname, p.prosrc
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc p ON p.oid = t.tgfoid
       WHERE n.nspname = ? AND NOT t.tgisinternal AND t.tgenabled <> 'D'
      """;

  private SurfaceReader() {}

  static Surface read(Connection c, String schemaName, Dialect dialect)
      throws SQLException, IntrospectionException {
    Schema schema = new Introspector(dialect).read(c, schemaName).current();
    Map<String, Map<String, SqlType>> views = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(VIEW_COLUMNS)) {
      ps.setString(1, schemaName);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SqlType type;
          try {
            type = dialect.types().parse(rs.getString(3));
          } catch (RuntimeException e) {
            // a type the mapper cannot read: keep its text, it then only equals itself
            type = SqlType.of(rs.getString(3));
          }
          views
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(rs.getString(2), type);
        }
      }
    }
    Set<String> filled = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(TRIGGER_BODIES)) {
      ps.setString(1, schemaName);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          assigned(rs.getString(2), dialect)
              .forEach(col -> filled.add(MigrationState.key(table, col)));
        }
      }
    }
    return new Surface(schema, new HashMap<>(views), filled);
  }

  /**
   * The columns a trigger function assigns: {@code NEW.x := ...} (tokenised as {@code :} {@code
   * =}).
   */
  static Set<String> assigned(String body, Dialect dialect) {
    List<Token> tokens = new Tokens(dialect).of(body);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 < tokens.size(); i++) {
      if (tokens.get(i).is("NEW")
          && tokens.get(i + 1).isSymbol(".")
          && tokens.get(i + 2).isName()
          && tokens.get(i + 3).isSymbol(":")) {
        out.add(tokens.get(i + 2).name());
      }
    }
    return out;
  }
}
