package dev.autogen.it;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shrunk failures of {@link MariaDbRoundTripIT}, written out as pairs so that they keep their
 * meaning whatever the generator becomes.
 */
class MariaDbRoundTripRegressionIT {

  private static final Dialect DIALECT = MariaDbRoundTripIT.DIALECT;
  private static final Column ID = Column.of("id", SqlType.of("int"), false);

  /**
   * A check on a column whose name needs backticks (a reserved word, a space, quotes, unicode) was
   * normalised without them and rendered as invalid SQL ({@code CHECK (limit>=0)}).
   */
  @Test
  void checksOnNamesThatNeedQuotes() throws Exception {
    List<String> names = List.of("limit", "a b", "it's", "we\"ird", "名前", "MixedCase", "Group");
    List<Column> columns = names.stream().map(n -> Column.of(n, SqlType.of("int"), false)).toList();
    Table a = table("t", columns, List.of(), List.of());
    List<Check> checks =
        names.stream()
            .map(
                n ->
                    new Check(
                        Identifier.of("ck " + n),
                        DIALECT
                            .expressions()
                            .normalizeCheck(DIALECT.quote(Identifier.of(n)) + " >= 0")))
            .toList();
    Table b = table("t", columns, List.of(), checks);
    run(List.of(a), List.of(b));
  }

  /** A blob's default {@code x'00'} was normalised to {@code x00} and rendered as a column name. */
  @Test
  void aBlobColumnWithADefault() throws Exception {
    Column blob =
        new Column(
            Identifier.of("data"),
            SqlType.of("blob"),
            false,
            Optional.of(DIALECT.expressions().normalizeDefault("x'00'")),
            Optional.empty());
    Table a = table("t", List.of(blob), List.of(), List.of());
    Column added =
        new Column(
            Identifier.of("more"),
            SqlType.of("blob"),
            true,
            Optional.of(DIALECT.expressions().normalizeDefault("X'0A0B'")),
            Optional.empty());
    Table b = table("t", List.of(blob, added), List.of(), List.of());
    run(List.of(a), List.of(b));
  }

  /**
   * Dropping a foreign key and its column: the index InnoDB built for the key stayed, an index B
   * lacks, and the column's {@code DROP COLUMN ... ALGORITHM=INSTANT} was refused.
   */
  @Test
  void aForeignKeyDroppedWithItsColumn() throws Exception {
    Table parent = table("parent", List.of(), List.of(), List.of());
    Column ref = Column.of("parent_id", SqlType.of("int"), true);
    Table child = table("child", List.of(ref), List.of(key("fk child", ref)), List.of());
    Table childAfter = table("child", List.of(), List.of(), List.of());
    run(List.of(parent, child), List.of(parent, childAfter));
  }

  /**
   * Adding a foreign key over a new column: the downgrade dropped the key, the built index stayed,
   * and dropping the column was refused.
   */
  @Test
  void aForeignKeyAddedWithItsColumn() throws Exception {
    Table parent = table("parent", List.of(), List.of(), List.of());
    Table child = table("child", List.of(), List.of(), List.of());
    Column ref = Column.of("parent_id", SqlType.of("int"), true);
    Table childAfter = table("child", List.of(ref), List.of(key("fk child", ref)), List.of());
    run(List.of(parent, child), List.of(parent, childAfter));
  }

  /** A foreign key dropped while an index serves it: the server built none, none is dropped. */
  @Test
  void aForeignKeyServedByAnIndexDropped() throws Exception {
    Table parent = table("parent", List.of(), List.of(), List.of());
    Column ref = Column.of("parent_id", SqlType.of("int"), true);
    Column other = Column.of("other", SqlType.of("int"), true);
    Table child = table("child", List.of(ref, other), List.of(key("fk child", ref)), List.of());
    child =
        new Table(
            child.name(),
            child.columns(),
            child.primaryKey(),
            child.uniques(),
            List.of(dev.autogen.model.Index.of("by parent", false, "parent_id", "other")),
            child.foreignKeys(),
            child.checks());
    Table childAfter =
        new Table(
            child.name(),
            child.columns(),
            child.primaryKey(),
            child.uniques(),
            child.indexes(),
            List.of(),
            child.checks());
    run(List.of(parent, child), List.of(parent, childAfter));
  }

  /**
   * A column widened and allowed NULL at once: the relax restated the column with its new type as
   * {@code ALGORITHM=INPLACE}, which MariaDB refuses ("Cannot change column type"). The other way,
   * widened and made NOT NULL, must keep the column nullable until the contract step.
   */
  @Test
  void aColumnWidenedWhileItsNullabilityChanges() throws Exception {
    for (boolean relaxed : List.of(true, false)) {
      Column before = Column.of("order", SqlType.of("smallint"), !relaxed);
      Column after = Column.of("order", SqlType.of("int"), relaxed);
      Check positive =
          new Check(
              Identifier.of("ck order"), DIALECT.expressions().normalizeCheck("`order` >= 0"));
      run(
          List.of(withUnique(table("t", List.of(before), List.of(), List.of(positive)))),
          List.of(withUnique(table("t", List.of(after), List.of(), List.of(positive)))));
    }
  }

  private static Table withUnique(Table t) {
    return new Table(
        t.name(),
        t.columns(),
        t.primaryKey(),
        List.of(
            new dev.autogen.model.UniqueConstraint(
                Identifier.of("order"), List.of(ID.name(), Identifier.of("order")))),
        t.indexes(),
        t.foreignKeys(),
        t.checks());
  }

  private static ForeignKey key(String name, Column ref) {
    return new ForeignKey(
        Identifier.of(name),
        List.of(ref.name()),
        Identifier.of("parent"),
        List.of(ID.name()),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  private static Table table(
      String name, List<Column> more, List<ForeignKey> keys, List<Check> checks) {
    List<Column> columns = new java.util.ArrayList<>(List.of(ID));
    columns.addAll(more);
    return new Table(
        Identifier.of(name),
        columns,
        Optional.of(new PrimaryKey(Optional.empty(), List.of(ID.name()))),
        List.of(),
        List.of(),
        keys,
        checks);
  }

  private static void run(List<Table> a, List<Table> b) throws Exception {
    Map<Identifier, Integer> rows = new java.util.LinkedHashMap<>();
    a.forEach(t -> rows.put(t.name(), 3));
    RoundTrip.run(
        new SchemaPair(new Schema(a, List.of()), new Schema(b, List.of()), rows, "it's"),
        MariaDbRoundTripIT.TARGET);
  }
}
