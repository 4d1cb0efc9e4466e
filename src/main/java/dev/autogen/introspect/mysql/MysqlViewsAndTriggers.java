package dev.autogen.introspect.mysql;

import dev.autogen.introspect.CatalogQuery;
import dev.autogen.introspect.ViewsAndTriggers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MySQL's and MariaDB's views and triggers of one database, from {@code information_schema} (a
 * trigger's body is its {@code ACTION_STATEMENT}).
 */
public final class MysqlViewsAndTriggers {
  private static final String VIEW_COLUMNS =
      """
      SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE
        FROM information_schema.COLUMNS c
        JOIN information_schema.VIEWS v
          ON v.TABLE_SCHEMA = c.TABLE_SCHEMA AND v.TABLE_NAME = c.TABLE_NAME
       WHERE c.TABLE_SCHEMA = ?
       ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
      """;

  private static final String TRIGGERS =
      """
      SELECT EVENT_OBJECT_TABLE, ACTION_STATEMENT
        FROM information_schema.TRIGGERS
       WHERE TRIGGER_SCHEMA = ?
       ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER
      """;

  private record ViewColumn(String view, String column, String type) {}

  public ViewsAndTriggers read(Connection connection, String database) throws SQLException {
    Map<String, Map<String, String>> views = new LinkedHashMap<>();
    for (ViewColumn vc :
        CatalogQuery.list(
            connection,
            VIEW_COLUMNS,
            database,
            row -> new ViewColumn(row.getString(1), row.getString(2), row.getString(3)))) {
      views.computeIfAbsent(vc.view(), k -> new LinkedHashMap<>()).put(vc.column(), vc.type());
    }
    List<ViewsAndTriggers.Trigger> triggers =
        CatalogQuery.list(
            connection,
            TRIGGERS,
            database,
            row -> new ViewsAndTriggers.Trigger(row.getString(1), row.getString(2)));
    return new ViewsAndTriggers(views, triggers);
  }
}
