package dev.autogen.cli;

import dev.autogen.diff.*;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reviewer needs to judge one change: the object as the database has it ({@code before}) and
 * as the entities want it ({@code after}), with types, nullability, defaults, key and index columns
 * in order and check expressions. Each side is a JSON-ready map, or absent for an added (before) or
 * dropped (after) object.
 */
final class ChangeDetails implements ChangeVisitor<ChangeDetails.Sides> {

  /** The two sides of a change. */
  record Sides(Optional<Map<String, Object>> before, Optional<Map<String, Object>> after) {
    static Sides added(Map<String, Object> after) {
      return new Sides(Optional.empty(), Optional.of(after));
    }

    static Sides dropped(Map<String, Object> before) {
      return new Sides(Optional.of(before), Optional.empty());
    }

    static Sides changed(Map<String, Object> before, Map<String, Object> after) {
      return new Sides(Optional.of(before), Optional.of(after));
    }
  }

  static Sides of(Change change) {
    return change.accept(new ChangeDetails());
  }

  /** One line of text for a side: {@code key value, key value} in the map's order. */
  static String text(Map<String, Object> side) {
    List<String> parts = new ArrayList<>();
    side.forEach(
        (k, v) -> {
          if (v != null) {
            parts.add(k + " " + (v instanceof List<?> l ? "(" + join(l) + ")" : text(v)));
          }
        });
    return String.join(", ", parts);
  }

  private static String text(Object v) {
    if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> side = (Map<String, Object>) m;
      return "[" + text(side) + "]";
    }
    return String.valueOf(v);
  }

  private static String join(List<?> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(text(v)));
    return String.join(", ", parts);
  }

  static Map<String, Object> column(Column c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name().value());
    m.put("type", c.type().toString());
    m.put("nullable", c.nullable());
    m.put("default", c.defaultExpression().orElse(null));
    m.put(
        "identity",
        c.identity().map(i -> i.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
    return m;
  }

  static Map<String, Object> primaryKey(PrimaryKey k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", k.name().map(Identifier::value).orElse(null));
    m.put("columns", names(k.columns()));
    return m;
  }

  static Map<String, Object> index(Index i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", i.name().value());
    m.put("unique", i.unique());
    m.put("columns", names(i.columns()));
    m.put("definition", i.opaqueDefinition().orElse(null));
    return m;
  }

  static Map<String, Object> unique(UniqueConstraint u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", u.name().value());
    m.put("columns", names(u.columns()));
    return m;
  }

  static Map<String, Object> foreignKey(ForeignKey f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", f.name().value());
    m.put("columns", names(f.columns()));
    m.put("references", f.referencedTable().value());
    m.put("referenced_columns", names(f.referencedColumns()));
    m.put("on_delete", f.onDelete().sql());
    m.put("on_update", f.onUpdate().sql());
    return m;
  }

  static Map<String, Object> check(Check c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name().value());
    m.put("expression", c.expression());
    return m;
  }

  static Map<String, Object> table(Table t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name().value());
    m.put("columns", t.columns().stream().map(ChangeDetails::column).toList());
    m.put("primary_key", t.primaryKey().map(k -> names(k.columns())).orElse(null));
    m.put("uniques", t.uniques().stream().map(ChangeDetails::unique).toList());
    m.put("indexes", t.indexes().stream().map(ChangeDetails::index).toList());
    m.put("foreign_keys", t.foreignKeys().stream().map(ChangeDetails::foreignKey).toList());
    m.put("checks", t.checks().stream().map(ChangeDetails::check).toList());
    return m;
  }

  static Map<String, Object> sequence(Sequence s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name().value());
    m.put("start", s.start());
    m.put("increment", s.increment());
    return m;
  }

  private static List<String> names(List<Identifier> ids) {
    return ids.stream().map(Identifier::value).toList();
  }

  private static Map<String, Object> name(Identifier id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", id.value());
    return m;
  }

  @Override
  public Sides visit(TableAdded c) {
    return Sides.added(table(c.table()));
  }

  @Override
  public Sides visit(TableDropped c) {
    return Sides.dropped(table(c.table()));
  }

  @Override
  public Sides visit(TableRenamed c) {
    return Sides.changed(name(c.from()), name(c.to()));
  }

  @Override
  public Sides visit(ColumnAdded c) {
    return Sides.added(column(c.column()));
  }

  @Override
  public Sides visit(ColumnDropped c) {
    return Sides.dropped(column(c.column()));
  }

  @Override
  public Sides visit(ColumnRenamed c) {
    return Sides.changed(column(c.before()), column(c.after()));
  }

  @Override
  public Sides visit(ColumnTypeChanged c) {
    return Sides.changed(column(c.before()), column(c.after()));
  }

  @Override
  public Sides visit(ColumnNullabilityChanged c) {
    return Sides.changed(column(c.before()), column(c.after()));
  }

  @Override
  public Sides visit(ColumnDefaultChanged c) {
    return Sides.changed(column(c.before()), column(c.after()));
  }

  @Override
  public Sides visit(ColumnIdentityChanged c) {
    return Sides.changed(column(c.before()), column(c.after()));
  }

  @Override
  public Sides visit(IndexAdded c) {
    return Sides.added(index(c.index()));
  }

  @Override
  public Sides visit(IndexDropped c) {
    return Sides.dropped(index(c.index()));
  }

  @Override
  public Sides visit(UniqueAdded c) {
    return Sides.added(unique(c.unique()));
  }

  @Override
  public Sides visit(UniqueDropped c) {
    return Sides.dropped(unique(c.unique()));
  }

  @Override
  public Sides visit(PrimaryKeyAdded c) {
    return Sides.added(primaryKey(c.primaryKey()));
  }

  @Override
  public Sides visit(PrimaryKeyDropped c) {
    return Sides.dropped(primaryKey(c.primaryKey()));
  }

  @Override
  public Sides visit(ForeignKeyAdded c) {
    return Sides.added(foreignKey(c.foreignKey()));
  }

  @Override
  public Sides visit(ForeignKeyDropped c) {
    return Sides.dropped(foreignKey(c.foreignKey()));
  }

  @Override
  public Sides visit(CheckAdded c) {
    return Sides.added(check(c.check()));
  }

  @Override
  public Sides visit(CheckDropped c) {
    return Sides.dropped(check(c.check()));
  }

  @Override
  public Sides visit(SequenceAdded c) {
    return Sides.added(sequence(c.sequence()));
  }

  @Override
  public Sides visit(SequenceDropped c) {
    return Sides.dropped(sequence(c.sequence()));
  }
}
