package dev.autogen.it;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Decodes a choice sequence into a valid schema pair A → B in autogen's model: A's tables with
 * single or composite keys, columns of every {@link ColumnKind} with nullability and defaults,
 * uniques, multi-column indexes, checks and foreign keys (self-references too); B is A after one to
 * three changes autogen plans without further input (no narrowing, no NOT NULL column without a
 * default, no NOT NULL on a column rows leave empty). Rows leave foreign key columns empty.
 */
final class PairGenerator {

  private static final int KINDS_OF_CHANGE = 16;

  /**
   * What a server can hold: the dialect whose quoting and check form the pair uses, the kinds of
   * column, the kinds a primary key may have, the kinds an index or unique may name, and whether a
   * varchar may widen to text.
   */
  record Flavour(
      Dialect dialect,
      List<ColumnKind> kinds,
      List<ColumnKind> keys,
      Predicate<ColumnKind> indexable,
      boolean varcharToText,
      Predicate<Identifier> checkable,
      BiPredicate<Table, Column> renamable,
      boolean dropsForeignKeys) {

    static final Flavour POSTGRES =
        new Flavour(
            PostgresDialect.create(),
            List.of(ColumnKind.values()),
            ColumnKind.KEYS,
            k -> true,
            true,
            c -> true,
            (t, c) -> true,
            true);

    Optional<SqlType> wider(SqlType type) {
      ColumnKind kind = ColumnKind.of(type);
      if (kind == ColumnKind.VARCHAR && !varcharToText) {
        return Optional.of(SqlType.of("varchar", type.args().get(0) + 10));
      }
      return kind.wider(type);
    }
  }

  private final Choices ch;
  private final PairNames names;
  private final Flavour flavour;
  private final Map<Identifier, Table> before = new LinkedHashMap<>();

  private PairGenerator(List<Integer> choices, Flavour flavour) {
    this.ch = new Choices(choices);
    this.names = new PairNames(ch);
    this.flavour = flavour;
  }

  static SchemaPair generate(List<Integer> choices) {
    return generate(choices, Flavour.POSTGRES);
  }

  static SchemaPair generate(List<Integer> choices, Flavour flavour) {
    return new PairGenerator(choices, flavour).pair();
  }

  private SchemaPair pair() {
    List<Table> a = new ArrayList<>();
    int tables = 1 + ch.next(3);
    for (int i = 0; i < tables; i++) {
      a.add(table());
    }
    for (int i = 0; i < a.size(); i++) {
      if (ch.oneIn(3)) {
        a.set(i, withForeignKey(a.get(i), ch.pick(a)));
      }
    }
    a.forEach(t -> before.put(t.name(), t));
    List<Table> b = new ArrayList<>(a);
    int changes = 1 + ch.next(3);
    for (int i = 0; i < changes; i++) {
      change(b);
    }
    List<RenameHint> renames = new ArrayList<>();
    if (ch.oneIn(3)) {
      rename(b).ifPresent(renames::add);
    }
    Map<Identifier, Integer> rows = new LinkedHashMap<>();
    a.forEach(t -> rows.put(t.name(), ch.next(5)));
    String salt = ch.pick(PairNames.POOL);
    return new SchemaPair(new Schema(a, List.of()), new Schema(b, List.of()), renames, rows, salt);
  }

  /**
   * Renames one of A's tables, or a column of one that no check names, in B, with the foreign keys
   * that name it; the last change of a pair, so that the hint names A's name and B's.
   */
  private Optional<RenameHint> rename(List<Table> b) {
    // one A had and B keeps, whatever else B changes in it or in the tables around it
    List<Table> old = b.stream().filter(t -> before.containsKey(t.name())).toList();
    if (old.isEmpty()) {
      return Optional.empty();
    }
    Table t = ch.pick(old);
    int at = b.indexOf(t);
    if (ch.next(2) == 0) {
      Identifier to = Identifier.of(names.relation());
      for (int i = 0; i < b.size(); i++) {
        Table o = i == at ? t.withName(to) : b.get(i);
        b.set(
            i,
            withForeignKeys(
                o,
                o.foreignKeys().stream()
                    .map(
                        f ->
                            f.referencedTable().equals(t.name())
                                ? new ForeignKey(
                                    f.name(),
                                    f.columns(),
                                    to,
                                    f.referencedColumns(),
                                    f.onDelete(),
                                    f.onUpdate())
                                : f)
                    .toList()));
      }
      return Optional.of(RenameHint.table(t.name(), to));
    }
    List<Column> candidates =
        t.columns().stream()
            .filter(c -> before.get(t.name()).column(c.name()).isPresent())
            .filter(c -> flavour.renamable().test(t, c))
            // bare and lower-cased too: MariaDB's check on UPPER reads upper>=0
            .filter(
                c ->
                    t.checks().stream()
                        .noneMatch(
                            k ->
                                names(
                                    k.expression(),
                                    c.name(),
                                    flavour.dialect().identifiers().quote(c.name()))))
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Identifier from = ch.pick(candidates).name();
    Set<String> taken = new HashSet<>();
    t.columns().forEach(c -> taken.add(c.name().value()));
    before.get(t.name()).columns().forEach(c -> taken.add(c.name().value()));
    Identifier to = Identifier.of(names.column(taken));
    java.util.function.UnaryOperator<List<Identifier>> swap =
        cols -> cols.stream().map(c -> c.equals(from) ? to : c).toList();
    Table renamed =
        new Table(
            t.name(),
            t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
            t.primaryKey().map(k -> new PrimaryKey(k.name(), swap.apply(k.columns()))),
            t.uniques().stream()
                .map(u -> new UniqueConstraint(u.name(), swap.apply(u.columns())))
                .toList(),
            t.indexes().stream()
                .map(
                    x ->
                        new Index(
                            x.name(), swap.apply(x.columns()), x.unique(), x.opaqueDefinition()))
                .toList(),
            t.foreignKeys().stream()
                .map(
                    f ->
                        new ForeignKey(
                            f.name(),
                            swap.apply(f.columns()),
                            f.referencedTable(),
                            f.referencedColumns(),
                            f.onDelete(),
                            f.onUpdate()))
                .toList(),
            t.checks());
    b.set(at, renamed);
    for (int i = 0; i < b.size(); i++) {
      Table o = b.get(i);
      b.set(
          i,
          withForeignKeys(
              o,
              o.foreignKeys().stream()
                  .map(
                      f ->
                          f.referencedTable().equals(t.name())
                              ? new ForeignKey(
                                  f.name(),
                                  f.columns(),
                                  f.referencedTable(),
                                  swap.apply(f.referencedColumns()),
                                  f.onDelete(),
                                  f.onUpdate())
                              : f)
                  .toList()));
    }
    return Optional.of(RenameHint.column(t.name(), from, to));
  }

  private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), fks, t.checks());
  }

  private Table table() {
    Identifier name = Identifier.of(names.relation());
    Set<String> taken = new HashSet<>();
    List<Column> columns = new ArrayList<>();
    int keys = ch.oneIn(3) ? 2 : 1;
    for (int i = 0; i < keys; i++) {
      ColumnKind kind = ch.pick(flavour.keys());
      columns.add(
          new Column(
              Identifier.of(names.column(taken)),
              kind.type(ch.next(3)),
              false,
              Optional.empty(),
              Optional.empty()));
    }
    PrimaryKey pk = new PrimaryKey(Optional.empty(), columns.stream().map(Column::name).toList());
    int others = ch.next(5);
    for (int i = 0; i < others; i++) {
      columns.add(column(taken));
    }
    Table t = new Table(name, columns, Optional.of(pk), List.of(), List.of(), List.of(), List.of());
    if (ch.oneIn(3)) {
      t = withUnique(t);
    }
    if (ch.oneIn(3)) {
      t = withIndex(t);
    }
    if (ch.oneIn(3)) {
      t = withCheck(t);
    }
    return t;
  }

  private Column column(Set<String> taken) {
    ColumnKind kind = ch.pick(flavour.kinds());
    boolean nullable = ch.next(2) == 0;
    boolean withDefault = !nullable && ch.next(2) == 0 || ch.oneIn(4);
    return new Column(
        Identifier.of(names.column(taken)),
        kind.type(ch.next(3)),
        nullable,
        withDefault ? Optional.of(kind.defaultExpression()) : Optional.empty(),
        Optional.empty());
  }

  /** A change to one of B's tables (or B's table list); does nothing when it does not apply. */
  private void change(List<Table> b) {
    int kind = ch.next(KINDS_OF_CHANGE);
    if (kind == 12) {
      Table t = table();
      b.add(ch.oneIn(2) ? withForeignKey(t, ch.pick(b)) : t);
      return;
    }
    if (b.isEmpty()) {
      return;
    }
    int at = ch.next(b.size());
    Table t = b.get(at);
    if (kind == 13) {
      boolean referenced =
          b.stream()
              .filter(o -> !o.name().equals(t.name()))
              .anyMatch(
                  o ->
                      o.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(t.name())));
      if (!referenced && b.size() > 1) {
        b.remove(at);
      }
      return;
    }
    b.set(at, change(kind, t, b));
  }

  private Table change(int kind, Table t, List<Table> b) {
    List<Column> columns = new ArrayList<>(t.columns());
    switch (kind) {
      case 0 -> {
        Set<String> taken = new HashSet<>();
        columns.forEach(c -> taken.add(c.name().value()));
        // not the name of a column A had: dropped and added again it would be a type change
        Optional.ofNullable(before.get(t.name()))
            .ifPresent(o -> o.columns().forEach(c -> taken.add(c.name().value())));
        Column c = column(taken);
        columns.add(c.nullable() || c.defaultExpression().isPresent() ? c : c.withNullable(true));
        return with(t, columns);
      }
      case 1 -> {
        List<Column> free =
            columns.stream()
                .filter(c -> !used(t, c.name(), b))
                .filter(
                    c ->
                        flavour.dropsForeignKeys()
                            || before.get(t.name()) == null
                            || !inForeignKey(before.get(t.name()), c.name()))
                .toList();
        if (!free.isEmpty()) {
          columns.remove(ch.pick(free));
        }
        return with(t, columns);
      }
      case 2, 3 -> {
        List<Column> candidates =
            columns.stream()
                .filter(c -> !inKey(t, c.name()) && !inForeignKey(t, c.name()))
                .filter(c -> !c.nullable() || filled(t, c.name()))
                .toList();
        if (!candidates.isEmpty()) {
          Column c = ch.pick(candidates);
          columns.set(columns.indexOf(c), c.withNullable(!c.nullable()));
        }
        return with(t, columns);
      }
      case 4 -> {
        // not a foreign key's column: a default would fill the rows with a key no row has; not
        // the default of a NOT NULL column B adds: without it the column needs a --backfill, which
        // -m rightly asks for (CI found t.xxx... NOT NULL added without a default)
        List<Column> candidates =
            columns.stream()
                .filter(c -> !inKey(t, c.name()) && !inForeignKey(t, c.name()))
                .filter(
                    c -> c.nullable() || c.defaultExpression().isEmpty() || !addedToA(t, c.name()))
                .toList();
        if (!candidates.isEmpty()) {
          Column c = ch.pick(candidates);
          Optional<String> value =
              c.defaultExpression().isPresent()
                  ? Optional.empty()
                  : Optional.of(ColumnKind.of(c.type()).defaultExpression());
          columns.set(columns.indexOf(c), c.withDefault(value));
        }
        return with(t, columns);
      }
      case 5 -> {
        return withIndex(t);
      }
      case 6 -> {
        return t.indexes().isEmpty()
            ? t
            : new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.uniques(),
                without(t.indexes(), ch.pick(t.indexes())),
                t.foreignKeys(),
                t.checks());
      }
      case 7 -> {
        return withUnique(t);
      }
      case 8 -> {
        return t.uniques().isEmpty()
            ? t
            : new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                without(t.uniques(), ch.pick(t.uniques())),
                t.indexes(),
                t.foreignKeys(),
                t.checks());
      }
      case 9 -> {
        return withCheck(t);
      }
      case 10 -> {
        return t.checks().isEmpty()
            ? t
            : new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                without(t.checks(), ch.pick(t.checks())));
      }
      case 11 -> {
        List<Column> candidates =
            columns.stream()
                .filter(c -> !inForeignKey(t, c.name()))
                // a key column too, while no foreign key points at it
                .filter(c -> !inKey(t, c.name()) || !referenced(t, b))
                .filter(c -> flavour.wider(c.type()).isPresent())
                .toList();
        if (!candidates.isEmpty()) {
          Column c = ch.pick(candidates);
          Column wider =
              new Column(
                  c.name(),
                  flavour.wider(c.type()).orElseThrow(),
                  c.nullable(),
                  c.defaultExpression(),
                  c.identity());
          columns.set(columns.indexOf(c), wider);
        }
        return with(t, columns);
      }
      case 14 -> {
        Table target = ch.pick(b);
        // its downgrade drops the key's new columns
        return flavour.dropsForeignKeys() ? withForeignKey(t, target) : t;
      }
      default -> {
        return t.foreignKeys().isEmpty() || !flavour.dropsForeignKeys()
            ? t
            : new Table(
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                without(t.foreignKeys(), ch.pick(t.foreignKeys())),
                t.checks());
      }
    }
  }

  private Table withUnique(Table t) {
    List<Identifier> cols = someColumns(t, true);
    if (cols.isEmpty()
        || cols.equals(t.primaryKey().map(PrimaryKey::columns).orElse(List.of()))
        || t.uniques().stream().anyMatch(u -> u.columns().equals(cols))) {
      return t;
    }
    List<UniqueConstraint> uniques = new ArrayList<>(t.uniques());
    uniques.add(new UniqueConstraint(Identifier.of(names.relation()), cols));
    return new Table(
        t.name(), t.columns(), t.primaryKey(), uniques, t.indexes(), t.foreignKeys(), t.checks());
  }

  private Table withIndex(Table t) {
    List<Identifier> cols = someColumns(t, false);
    if (cols.isEmpty() || t.indexes().stream().anyMatch(i -> i.columns().equals(cols))) {
      return t;
    }
    List<Index> indexes = new ArrayList<>(t.indexes());
    indexes.add(new Index(Identifier.of(names.relation()), cols, false, Optional.empty()));
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), indexes, t.foreignKeys(), t.checks());
  }

  private Table withCheck(Table t) {
    List<Column> numeric =
        t.columns().stream()
            .filter(c -> ColumnKind.of(c.type()).numeric())
            .filter(c -> flavour.checkable().test(c.name()))
            .toList();
    if (numeric.isEmpty()) {
      return t;
    }
    Column c = ch.pick(numeric);
    // in the form the entity reader and introspection give
    String expression =
        flavour
            .dialect()
            .expressions()
            .normalizeCheck(flavour.dialect().identifiers().quote(c.name()) + " >= 0");
    if (t.checks().stream().anyMatch(k -> k.expression().equals(expression))) {
      return t;
    }
    List<Check> checks = new ArrayList<>(t.checks());
    checks.add(new Check(Identifier.of(names.relation()), expression));
    return new Table(
        t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), checks);
  }

  /** New nullable columns of the target's key types in {@code t}, and the key to them. */
  private Table withForeignKey(Table t, Table target) {
    List<Identifier> refs = target.primaryKey().orElseThrow().columns();
    Set<String> taken = new HashSet<>();
    t.columns().forEach(c -> taken.add(c.name().value()));
    Optional.ofNullable(before.get(t.name()))
        .ifPresent(o -> o.columns().forEach(c -> taken.add(c.name().value())));
    List<Column> columns = new ArrayList<>(t.columns());
    List<Identifier> own = new ArrayList<>();
    for (Identifier ref : refs) {
      Column key = target.column(ref).orElseThrow();
      Column fk =
          new Column(
              Identifier.of(names.column(taken)),
              key.type(),
              true,
              Optional.empty(),
              Optional.empty());
      columns.add(fk);
      own.add(fk.name());
    }
    List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
    fks.add(
        new ForeignKey(
            Identifier.of(names.relation()),
            own,
            target.name(),
            refs,
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION));
    return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), fks, t.checks());
  }

  /** One or two columns of {@code t}, none a foreign key's; of distinct kinds for a unique. */
  private List<Identifier> someColumns(Table t, boolean distinct) {
    List<Column> candidates =
        t.columns().stream()
            .filter(c -> !inForeignKey(t, c.name()))
            .filter(c -> flavour.indexable().test(ColumnKind.of(c.type())))
            .filter(c -> !distinct || ColumnKind.of(c.type()).distinct() && filled(t, c.name()))
            .toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    Column first = ch.pick(candidates);
    Column second = ch.pick(candidates);
    return Stream.of(first, second).map(Column::name).distinct().toList();
  }

  /**
   * Whether the rows of {@code t} hold a distinct, non-empty value in the column: every column of
   * A's tables but the foreign keys' does; a column B adds to one of them holds its default or
   * nothing; a table B adds has no rows.
   */
  private boolean filled(Table t, Identifier column) {
    Table old = before.get(t.name());
    return old == null || old.column(column).isPresent() && !inForeignKey(old, column);
  }

  /** Whether B adds the column to a table A had (whose rows then need a value for it). */
  private boolean addedToA(Table t, Identifier column) {
    Table old = before.get(t.name());
    return old != null && old.column(column).isEmpty();
  }

  private static Table with(Table t, List<Column> columns) {
    return new Table(
        t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks());
  }

  private static <T> List<T> without(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(item);
    return copy;
  }

  private static boolean referenced(Table t, List<Table> all) {
    return all.stream()
        .flatMap(o -> o.foreignKeys().stream())
        .anyMatch(f -> f.referencedTable().equals(t.name()));
  }

  private static boolean inKey(Table t, Identifier column) {
    return t.primaryKey().map(k -> k.columns().contains(column)).orElse(false);
  }

  private static boolean inForeignKey(Table t, Identifier column) {
    return t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column));
  }

  /**
   * Whether a check's expression names the column, quoted or bare: a dialect may keep a plain name
   * unquoted in the expression it reads back (MariaDB does), so the quoted form alone misses it.
   */
  private static boolean names(String expression, Identifier column, String quoted) {
    String lower = expression.toLowerCase(java.util.Locale.ROOT);
    return lower.contains(quoted.toLowerCase(java.util.Locale.ROOT))
        || java.util.regex.Pattern.compile(
                "(?<![\\w$])"
                    + java.util.regex.Pattern.quote(
                        column.value().toLowerCase(java.util.Locale.ROOT))
                    + "(?![\\w$])")
            .matcher(lower)
            .find();
  }

  /** Whether anything besides the column's own definition names it. */
  private boolean used(Table t, Identifier column, List<Table> all) {
    String quoted = flavour.dialect().identifiers().quote(column);
    return inKey(t, column)
        || inForeignKey(t, column)
        || t.uniques().stream().anyMatch(u -> u.columns().contains(column))
        || t.indexes().stream().anyMatch(i -> i.columns().contains(column))
        || t.checks().stream().anyMatch(k -> names(k.expression(), column, quoted))
        || all.stream()
            .flatMap(o -> o.foreignKeys().stream())
            .anyMatch(
                f ->
                    f.referencedTable().equals(t.name()) && f.referencedColumns().contains(column));
  }
}
