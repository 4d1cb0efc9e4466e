package dev.autogen.plan;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type changes of a plan that go through a shadow column instead of {@code ALTER COLUMN ...
 * TYPE} (which rewrites the table under an ACCESS EXCLUSIVE lock): a new column of the new type is
 * filled beside the old one and then swapped into its place, keys, indexes and generated values
 * included, by catalog changes only.
 *
 * <p>A change qualifies when the new type widens the old one (so the old application version keeps
 * working on the swapped column, e.g. {@code integer} to {@code bigint}) but the database would
 * rewrite the table, the dialect can do every part online, and nothing else in the plan touches the
 * column (its nullability, default, identity or constraints change in place then; the plan stays
 * simple to reason about). An index or key over two swapping columns, an expression or partial
 * index naming the column, or a sequence default also keep the change in place.
 */
final class TypeSwaps {

  /**
   * One column swap.
   *
   * @param current the table as the database has it (names of keys, indexes and constraints)
   * @param shadow the column filled beside the old one, renamed to its name at the switch
   * @param retired the name the old column keeps from the switch until the contract drops it
   */
  record Swap(
      Identifier table,
      Column before,
      Column after,
      Identifier shadow,
      Identifier retired,
      Table current) {

    /** Whether the index or key over {@code columns} moves with this swap. */
    boolean covers(List<Identifier> columns) {
      return columns.contains(before.name());
    }

    /** The columns with this swap's column replaced by its shadow. */
    List<Identifier> onShadow(List<Identifier> columns) {
      return columns.stream().map(c -> c.equals(before.name()) ? shadow : c).toList();
    }
  }

  private static final String SHADOW = "_autogen_new";
  private static final String RETIRED = "_autogen_old";

  private final Map<List<Identifier>, Swap> byColumn = new HashMap<>();
  private final List<Swap> ordered = new ArrayList<>();
  private final Schema current;
  private final int maxLength;

  private TypeSwaps(Schema current, int maxLength) {
    this.current = current;
    this.maxLength = maxLength;
  }

  static TypeSwaps none() {
    return new TypeSwaps(Schema.empty(), 63);
  }

  static TypeSwaps of(
      Dialect dialect,
      List<Change> changes,
      ChangesByKind byKind,
      Schema current,
      PlanOptions options) {
    TypeSwaps swaps = new TypeSwaps(current, dialect.identifiers().maxLength());
    if (!online(dialect.capabilities())) {
      return swaps;
    }
    List<Swap> candidates = new ArrayList<>();
    for (ColumnTypeChanged c : byKind.columnTypesChanged()) {
      if (widensWithRewrite(dialect, c, options)) {
        current
            .table(c.table())
            .filter(t -> t.column(c.before().name()).isPresent())
            .flatMap(t -> swaps.swap(c, t, changes))
            .ifPresent(candidates::add);
      }
    }
    for (Swap s : candidates) {
      if (!sharesAnIndex(s, candidates)) {
        swaps.byColumn.put(List.of(s.table(), s.before().name()), s);
        swaps.ordered.add(s);
      }
    }
    return swaps;
  }

  private static boolean online(Capabilities c) {
    return c.transactionalDdl()
        && c.concurrentIndex()
        && c.notValidConstraints()
        && c.uniqueUsingIndex()
        && c.rowTriggers()
        && c.checkSkipsNotNullScan(); // else the switch's SET NOT NULL would scan under its lock
  }

  private static boolean widensWithRewrite(
      Dialect dialect, ColumnTypeChanged c, PlanOptions options) {
    SqlType from = c.before().type();
    SqlType to = c.after().type();
    return !dialect.types().isMetadataOnlyChange(from, to)
        && dialect.types().isWidening(from, to)
        && dialect.types().conversion(from, to).isEmpty()
        // a converted value needs the user's conversion, which a swap has no place for
        && options
            .encoding(c.table(), c.after().name())
            .flatMap(ColumnEncoding::converter)
            .isEmpty();
  }

  private Optional<Swap> swap(ColumnTypeChanged c, Table table, List<Change> changes) {
    Identifier col = c.before().name();
    if (callsSequence(c.before()) || callsSequence(c.after())) {
      return Optional.empty(); // an owned sequence would go with the old column
    }
    ColumnTouch touch = new ColumnTouch(table.name(), col);
    boolean touchedElsewhere = changes.stream().anyMatch(o -> o != c && o.accept(touch));
    boolean opaque =
        table.indexes().stream()
            .anyMatch(i -> i.isOpaque() && mentions(i.opaqueDefinition().get(), col));
    Identifier shadow = ShortNames.of(col.value() + SHADOW, maxLength);
    Identifier retired = ShortNames.of(col.value() + RETIRED, maxLength);
    boolean clash = table.column(shadow).isPresent() || table.column(retired).isPresent();
    if (touchedElsewhere || opaque || clash) {
      return Optional.empty();
    }
    return Optional.of(new Swap(c.table(), c.before(), c.after(), shadow, retired, table));
  }

  private static boolean callsSequence(Column c) {
    return c.defaultExpression()
        .filter(d -> d.toLowerCase(Locale.ROOT).contains("nextval("))
        .isPresent();
  }

  /**
   * An index, key or foreign key over two swapping columns would have to move in two swaps at once;
   * such columns change in place.
   */
  private static boolean sharesAnIndex(Swap s, List<Swap> all) {
    List<List<Identifier>> keys = new ArrayList<>();
    Table t = s.current();
    t.primaryKey().ifPresent(pk -> keys.add(pk.columns()));
    t.uniques().forEach(u -> keys.add(u.columns()));
    t.indexes().forEach(i -> keys.add(i.columns()));
    t.foreignKeys().forEach(fk -> keys.add(fk.columns()));
    for (List<Identifier> key : keys) {
      if (key.contains(s.before().name())
          && all.stream()
              .anyMatch(
                  o -> o != s && o.table().equals(s.table()) && key.contains(o.before().name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether SQL text names the column (as a word, quoted or not); a false hit only costs a move.
   */
  static boolean mentions(String sql, Identifier col) {
    // a name with a double quote in it only appears quoted, the quote doubled
    if (sql.contains('"' + col.value().replace("\"", "\"\"") + '"')) {
      return true;
    }
    String name = Pattern.quote(col.value());
    return Pattern.compile("(?i)(^|[^\\w$])\"?" + name + "\"?($|[^\\w$])").matcher(sql).find();
  }

  Optional<Swap> of(Identifier table, Identifier column) {
    return Optional.ofNullable(byColumn.get(List.of(table, column)));
  }

  /**
   * The foreign keys of the current schema that the swap moves at the switch, those whose columns
   * or referenced columns include the swapped one, each with its table; a key between two swapping
   * columns is moved by the swap that comes first, so that it is dropped and re-added once.
   */
  List<Map.Entry<Identifier, ForeignKey>> foreignKeysMovedBy(Swap swap) {
    List<Map.Entry<Identifier, ForeignKey>> moved = new ArrayList<>();
    for (Table t : current.tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        Optional<Swap> first = ordered.stream().filter(s -> involves(s, t.name(), fk)).findFirst();
        if (first.filter(swap::equals).isPresent()) {
          moved.add(Map.entry(t.name(), fk));
        }
      }
    }
    return moved;
  }

  private static boolean involves(Swap s, Identifier owner, ForeignKey fk) {
    return ColumnTouch.foreignKeyTouches(owner, fk, s.table(), s.before().name());
  }
}
