package dev.autogen.introspect.postgres;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ExpressionText;
import dev.autogen.introspect.CatalogQuery;
import dev.autogen.model.Check;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads primary keys, unique constraints, foreign keys and checks of every table of a schema in one
 * query over {@code pg_constraint}, with key columns in key order.
 */
final class ConstraintReader {

  /** The constraints found, by table name; lists are sorted by constraint name. */
  record Constraints(
      Map<String, PrimaryKey> primaryKeys,
      Map<String, List<UniqueConstraint>> uniques,
      Map<String, List<ForeignKey>> foreignKeys,
      Map<String, List<Check>> checks) {}

  // conparentid <> 0 marks the copies PostgreSQL keeps for each partition of a referenced
  // partitioned table; only the constraint the user declared is modelled
  private static final String SQL =
      """
      SELECT cl.relname,
             co.conname,
             co.contype,
             ARRAY(SELECT a.attname::text
                     FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_catalog.pg_attribute a
                       ON a.attrelid = co.conrelid AND a.attnum = k.attnum
                    ORDER BY k.ord) AS columns,
             rc.relname AS referenced_table,
             ARRAY(SELECT a.attname::text
                     FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_catalog.pg_attribute a
                       ON a.attrelid = co.confrelid AND a.attnum = k.attnum
                    ORDER BY k.ord) AS referenced_columns,
             co.confdeltype,
             co.confupdtype,
             CASE WHEN co.contype = 'c' THEN pg_catalog.pg_get_constraintdef(co.oid) END
               AS check_definition
        FROM pg_catalog.pg_constraint co
        JOIN pg_catalog.pg_class cl ON cl.oid = co.conrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
        LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid
       WHERE n.nspname = ?
         AND cl.relkind IN ('r', 'p')
         AND co.contype IN ('p', 'u', 'f', 'c')
         AND co.conparentid = 0
       ORDER BY cl.relname, co.conname
      """;

  private final Dialect dialect;

  ConstraintReader(Dialect dialect) {
    this.dialect = dialect;
  }

  Constraints read(Connection connection, String schema) throws SQLException {
    Constraints found =
        new Constraints(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    // the same check (an enum's value list) often recurs on many tables: normalised once
    Map<String, String> conditions = new HashMap<>();
    CatalogQuery.list(
        connection,
        SQL,
        schema,
        row -> {
          add(found, row, conditions);
          return Boolean.TRUE;
        });
    return found;
  }

  private void add(Constraints found, ResultSet row, Map<String, String> conditions)
      throws SQLException {
    String table = row.getString("relname");
    Identifier name = Identifier.of(row.getString("conname"));
    List<Identifier> columns = identifiers(CatalogQuery.strings(row, "columns"));
    switch (row.getString("contype")) {
      case "p" -> found.primaryKeys().put(table, new PrimaryKey(Optional.of(name), columns));
      case "u" -> listFor(found.uniques(), table).add(new UniqueConstraint(name, columns));
      case "f" ->
          listFor(found.foreignKeys(), table)
              .add(
                  new ForeignKey(
                      name,
                      columns,
                      Identifier.of(row.getString("referenced_table")),
                      identifiers(CatalogQuery.strings(row, "referenced_columns")),
                      action(row.getString("confdeltype")),
                      action(row.getString("confupdtype"))));
      case "c" -> {
        String condition =
            ExpressionText.withoutOuterParentheses(
                CheckDefinitions.condition(row.getString("check_definition")));
        String normal =
            conditions.computeIfAbsent(condition, dialect.expressions()::normalizeCheck);
        listFor(found.checks(), table).add(new Check(name, normal, condition));
      }
      default -> throw new SQLException("unexpected constraint type for " + name);
    }
  }

  static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }

  private static List<Identifier> identifiers(List<String> names) {
    return names.stream().map(Identifier::of).toList();
  }

  private static <T> List<T> listFor(Map<String, List<T>> map, String table) {
    return map.computeIfAbsent(table, t -> new ArrayList<>());
  }
}
