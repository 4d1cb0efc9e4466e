package dev.autogen.introspect.postgres;

import dev.autogen.introspect.ViewsAndTriggers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PostgreSQL's views (and materialised views) and trigger function sources, from pg_catalog. */
public final class PostgresViewsAndTriggers implements ViewsAndTriggers.Reader {
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

  @Override
  public ViewsAndTriggers read(Connection c, String schema) throws SQLException {
    Map<String, Map<String, String>> views = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(VIEW_COLUMNS)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          views
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(rs.getString(2), rs.getString(3));
        }
      }
    }
    List<ViewsAndTriggers.Trigger> triggers = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(TRIGGER_BODIES)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          triggers.add(new ViewsAndTriggers.Trigger(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return new ViewsAndTriggers(views, triggers);
  }
}
