package dev.autogen.introspect.mysql;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ExpressionText;
import dev.autogen.introspect.RowsByTable;
import dev.autogen.introspect.mysql.CheckReader.StoredCheck;
import dev.autogen.introspect.mysql.ColumnReader.TableColumn;
import dev.autogen.introspect.mysql.IndexReader.StoredIndex;
import dev.autogen.introspect.mysql.KeyReader.Keys;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.ForeignKeyIndex;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the rows of the set-based queries together into model tables, undoing what the server adds
 * on its own so that the result compares with what a mapping declares:
 *
 * <ul>
 *   <li>the index behind each primary key and unique constraint is the constraint, not an index;
 *   <li>the index InnoDB creates for a foreign key that has none (named after the constraint, or
 *       after its first column when the constraint was unnamed) is not the user's;
 *   <li>MariaDB stores {@code json} as {@code longtext} with a column check {@code json_valid(col)}
 *       named after the column: that is read back as a {@code json} column.
 * </ul>
 */
final class MysqlAssembler {

  private final Dialect dialect;
  private final Map<String, List<Column>> columns;
  private final Map<String, List<StoredIndex>> indexes;
  private final Map<String, List<StoredCheck>> checks;
  private final Keys keys;

  MysqlAssembler(
      Dialect dialect,
      List<TableColumn> columns,
      List<StoredIndex> indexes,
      List<StoredCheck> checks,
      Keys keys) {
    this.dialect = dialect;
    this.columns = RowsByTable.group(columns, TableColumn::table, TableColumn::column);
    this.indexes = indexes.stream().collect(Collectors.groupingBy(StoredIndex::table));
    this.checks = checks.stream().collect(Collectors.groupingBy(StoredCheck::table));
    this.keys = keys;
  }

  Table table(Identifier name) {
    String t = name.value();
    List<Column> cols = new ArrayList<>(columns.getOrDefault(t, List.of()));
    List<Check> kept = new ArrayList<>();
    for (StoredCheck stored : checks.getOrDefault(t, List.of())) {
      int json = jsonColumn(cols, stored);
      if (json >= 0) {
        Column c = cols.get(json);
        cols.set(
            json,
            new Column(
                c.name(), SqlType.of("json"), c.nullable(), c.defaultExpression(), c.identity()));
      } else {
        kept.add(
            new Check(
                Identifier.of(stored.name()),
                dialect.expressions().normalizeCheck(stored.clause()),
                ExpressionText.withoutOuterParentheses(stored.clause())));
      }
    }
    List<UniqueConstraint> uniques = keys.uniques().getOrDefault(t, List.of());
    List<ForeignKey> foreignKeys = keys.foreignKeys().getOrDefault(t, List.of());
    Set<String> keyNames = uniques.stream().map(u -> u.name().value()).collect(Collectors.toSet());
    List<Index> plainIndexes =
        indexes.getOrDefault(t, List.of()).stream()
            .filter(i -> !i.name().equals("PRIMARY") && !keyNames.contains(i.name()))
            .filter(i -> implicitlyBacked(i, foreignKeys).isEmpty())
            .map(
                i ->
                    new Index(
                        Identifier.of(i.name()),
                        i.columns().stream().map(Identifier::of).toList(),
                        i.unique(),
                        i.opaque()))
            .toList();
    return new Table(
        name,
        cols,
        Optional.ofNullable(keys.primaryKeys().get(t)),
        uniques,
        plainIndexes,
        foreignKeys,
        kept);
  }

  /**
   * The position of the longtext column a MariaDB {@code json_valid} check marks as json, or -1.
   */
  private int jsonColumn(List<Column> cols, StoredCheck check) {
    String clause = check.clause().replace(" ", "");
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      if (c.name().value().equals(check.name())
          && c.type().name().equals("longtext")
          && clause.equals("json_valid(" + dialect.quote(c.name()) + ")")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The indexes InnoDB made for the foreign keys of table {@code name}, under their real names (an
   * unnamed key's index is named after its first column): a key without one uses another index.
   */
  List<ForeignKeyIndex> foreignKeyIndexes(Identifier name) {
    List<ForeignKey> foreignKeys = keys.foreignKeys().getOrDefault(name.value(), List.of());
    List<ForeignKeyIndex> out = new ArrayList<>();
    for (StoredIndex index : indexes.getOrDefault(name.value(), List.of())) {
      implicitlyBacked(index, foreignKeys)
          .ifPresent(
              fk -> out.add(new ForeignKeyIndex(name, fk.name(), Identifier.of(index.name()))));
    }
    return out;
  }

  /** The foreign key {@code index} is the server's own index for, if it is one. */
  private static Optional<ForeignKey> implicitlyBacked(StoredIndex index, List<ForeignKey> fks) {
    if (index.unique() || index.opaque().isPresent()) {
      return Optional.empty();
    }
    for (ForeignKey fk : fks) {
      List<String> fkColumns = fk.columns().stream().map(Identifier::value).toList();
      String firstColumn = fkColumns.get(0);
      boolean implicitName =
          index.name().equals(fk.name().value())
              || index.name().equals(firstColumn)
              || index.name().matches(java.util.regex.Pattern.quote(firstColumn) + "_\\d+");
      if (implicitName && index.columns().equals(fkColumns)) {
        return Optional.of(fk);
      }
    }
    return Optional.empty();
  }
}
