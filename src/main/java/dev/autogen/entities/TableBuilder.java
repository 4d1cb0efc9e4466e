package dev.autogen.entities;

import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.SourceLocation;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accumulates one entity's table while its fields are mapped. A column mapped twice (as JPA allows
 * for read-only duplicates) is kept once; a second, different mapping of it is reported.
 */
final class TableBuilder {

  private final Identifier name;
  private final Diagnostics diagnostics;
  private final Map<Identifier, Column> columns = new LinkedHashMap<>();
  private final Map<Identifier, ValueEncoding> encodings = new LinkedHashMap<>();
  private final List<Identifier> primaryKey = new ArrayList<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();
  // which columns a relationship's join column added, and which a basic field's (see
  // addBasicColumn)
  private final Set<Identifier> joinColumns = new HashSet<>();
  private final Map<Identifier, BindingOrder> basicColumns = new HashMap<>();
  private final Map<String, Integer> levels = new HashMap<>();
  private boolean keepPrimaryKeyOrder;
  private Optional<Identifier> discriminator = Optional.empty();

  TableBuilder(Identifier name, Diagnostics diagnostics) {
    this.name = name;
    this.diagnostics = diagnostics;
  }

  Identifier name() {
    return name;
  }

  boolean hasColumn(Identifier column) {
    return columns.containsKey(column);
  }

  /** Whether the column was added (false when it was already there). */
  boolean addColumn(Column column, SourceLocation location) {
    return addColumn(column, ValueEncoding.none(), location);
  }

  /**
   * Adds the discriminator column, which a field may map again as a read-only view of it (its
   * definition is the discriminator's, as in Hibernate, without a warning).
   */
  void addDiscriminator(Column column, SourceLocation location) {
    addColumn(column, location);
    discriminator = Optional.of(column.name());
  }

  /** The discriminator column, when the table has one. */
  Optional<Identifier> discriminator() {
    return discriminator;
  }

  /**
   * Adds a basic field's column. Hibernate binds basic columns before the join columns of
   * relationships (those wait for a second pass), and a table keeps the first definition of a
   * column: a basic column replaces the definition of a join column of the same name mapped
   * earlier, whichever of the two is read-only (HAPI FHIR's tag id beside its tag relationship),
   * and the definition of another basic field's that Hibernate binds after it ({@code order}, see
   * {@link BindingOrder}; HAPI FHIR's resource id beside its embedded copy). True when the column's
   * definition is this one.
   */
  boolean addBasicColumn(
      Column column, ValueEncoding encoding, SourceLocation location, BindingOrder order) {
    Identifier name = column.name();
    BindingOrder bound = basicColumns.get(name);
    if (bound == null || order.compareTo(bound) < 0) {
      basicColumns.put(name, order);
    }
    if (joinColumns.remove(name) || (bound != null && order.compareTo(bound) < 0)) {
      columns.put(name, column);
      encodings.remove(name);
      if (!encoding.isEmpty()) {
        encodings.put(name, encoding);
      }
      return true;
    }
    if (bound != null) {
      return false; // bound later than the basic field that defines the column: quietly dropped
    }
    return addColumn(column, encoding, location);
  }

  /**
   * Whether the column is there and keeps its definition against a basic field bound at {@code
   * order}: not a join column's, nor a basic field's bound later.
   */
  boolean keeps(Identifier column, BindingOrder order) {
    BindingOrder bound = basicColumns.get(column);
    return hasColumn(column)
        && !joinColumns.contains(column)
        && (bound == null || bound.compareTo(order) <= 0);
  }

  /** The place Hibernate binds {@code owner}'s class level at (superclasses are mapped first). */
  int level(TypeRef owner) {
    return levels.computeIfAbsent(owner.qualifiedName(), k -> levels.size());
  }

  /**
   * Adds a relationship's join column; a basic field's column of the same name keeps its
   * definition, without a warning (see {@link #addBasicColumn}).
   */
  boolean addJoinColumn(Column column, ValueEncoding encoding, SourceLocation location) {
    if (basicColumns.containsKey(column.name())) {
      return false;
    }
    boolean added = addColumn(column, encoding, location);
    if (added) {
      joinColumns.add(column.name());
    }
    return added;
  }

  /** Adds a column whose values the application stores through {@code encoding}. */
  boolean addColumn(Column column, ValueEncoding encoding, SourceLocation location) {
    Column existing = columns.get(column.name());
    if (existing == null) {
      columns.put(column.name(), column);
      if (!encoding.isEmpty()) {
        encodings.put(column.name(), encoding);
      }
      return true;
    }
    if (!existing.equals(column) && !discriminator.equals(Optional.of(column.name()))) {
      diagnostics.warn(
          location,
          "column "
              + column.name()
              + " of table "
              + name
              + " is mapped twice, differently ("
              + describe(existing)
              + " and "
              + describe(column)
              + "); the first mapping is kept");
    }
    return false;
  }

  /** A column's type, nullability and default, as the two mappings of one column may differ. */
  private static String describe(Column column) {
    return column.type()
        + (column.nullable() ? " null" : " not null")
        + column.defaultExpression().map(d -> " default " + d).orElse("");
  }

  /** The columns in the order Hibernate gives the constraints it makes (see there). */
  List<Identifier> hibernateOrder(List<Identifier> names) {
    return names.stream()
        .map(
            n ->
                columns.getOrDefault(
                    n, Column.of(n.value(), dev.autogen.model.SqlType.of("unknown"), true)))
        .sorted(HibernateColumnOrder.COMPARATOR)
        .map(Column::name)
        .toList();
  }

  /**
   * Keeps the primary key columns in the order they were added: Hibernate orders the key of a join
   * table that holds a map as owner columns, then the map key.
   */
  void keepPrimaryKeyOrder() {
    keepPrimaryKeyOrder = true;
  }

  void addPrimaryKeyColumn(Identifier column) {
    primaryKey.add(column);
  }

  void addUnique(UniqueConstraint unique) {
    if (uniques.stream().noneMatch(u -> u.columns().equals(unique.columns()))) {
      uniques.add(unique);
    }
  }

  void addIndex(Index index) {
    indexes.add(index);
  }

  void addForeignKey(ForeignKey foreignKey) {
    foreignKeys.add(foreignKey);
  }

  void addCheck(Check check) {
    checks.add(check);
  }

  /** How the application encodes the values of the columns that have an encoding. */
  List<ColumnEncoding> encodings() {
    return encodings.entrySet().stream().map(e -> e.getValue().of(name, e.getKey())).toList();
  }

  Table build() {
    Optional<PrimaryKey> pk =
        primaryKey.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new PrimaryKey(
                    Optional.empty(),
                    keepPrimaryKeyOrder ? List.copyOf(primaryKey) : hibernateOrder(primaryKey)));
    return new Table(
        name,
        List.copyOf(columns.values()),
        pk,
        uniques.stream().filter(u -> !sameColumnsAsKey(u)).toList(),
        indexes,
        foreignKeys,
        checks);
  }

  /**
   * Whether a unique constraint covers exactly the primary key's columns: Hibernate drops such a
   * key ({@code Table.isSameAsPrimaryKeyColumns}), so an {@code @Id @Column(unique = true)} exports
   * no constraint besides the primary key.
   */
  private boolean sameColumnsAsKey(UniqueConstraint unique) {
    return !primaryKey.isEmpty()
        && unique.columns().size() == primaryKey.size()
        && primaryKey.containsAll(unique.columns());
  }
}
