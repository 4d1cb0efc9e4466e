package dev.autogen.it;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The column rename defects {@link MariaDbRoundTripIT} found (issue 14), each as a pair planned,
 * applied with rows, checked and downgraded on the local MariaDB ({@link RoundTrip}): a renamed
 * primary key column, a renamed column with a default, a renamed foreign key column (either side).
 */
class MariaDbRenameRoundTripIT {

  private static final Identifier T = Identifier.of("t");
  private static final Identifier P = Identifier.of("p");

  private static Column integer(String name, boolean nullable) {
    return Column.of(name, SqlType.of("integer"), nullable);
  }

  private static Table table(String name, List<Column> columns, List<ForeignKey> fks) {
    return table(name, columns, List.of(), List.of(), fks);
  }

  private static Table table(
      String name,
      List<Column> columns,
      List<UniqueConstraint> uniques,
      List<Index> indexes,
      List<ForeignKey> fks) {
    return new Table(
        Identifier.of(name),
        columns,
        Optional.of(new PrimaryKey(Optional.empty(), List.of(columns.get(0).name()))),
        uniques,
        indexes,
        fks,
        List.of());
  }

  private static ForeignKey fk(String name, String column, String target, String targetColumn) {
    return new ForeignKey(
        Identifier.of(name),
        List.of(Identifier.of(column)),
        Identifier.of(target),
        List.of(Identifier.of(targetColumn)),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  private static void roundTrip(List<Table> a, List<Table> b, RenameHint rename) throws Exception {
    Map<Identifier, Integer> rows = new LinkedHashMap<>();
    a.forEach(t -> rows.put(t.name(), 3));
    RoundTrip.run(
        MariaDbRoundTripIT.onMariaDb(
            new SchemaPair(
                new Schema(a, List.of()), new Schema(b, List.of()), List.of(rename), rows, "x")),
        MariaDbRoundTripIT.TARGET);
  }

  private static RenameHint column(Identifier table, String from, String to) {
    return RenameHint.column(table, Identifier.of(from), Identifier.of(to));
  }

  /** 1: the contract dropped the old key column alone, which InnoDB refuses in place. */
  @Test
  void aPrimaryKeyColumnRenamed() throws Exception {
    Table a = table("t", List.of(integer("id", false), integer("n", true)), List.of());
    Table b = table("t", List.of(integer("ident", false), integer("n", true)), List.of());
    roundTrip(List.of(a), List.of(b), column(T, "id", "ident"));
  }

  /** 1: the key column of a table whose name has the server's maximum length. */
  @Test
  void aPrimaryKeyColumnRenamedInATableWithALongName() throws Exception {
    String name = "x".repeat(64);
    Table a = table(name, List.of(integer("a b", false)), List.of());
    Table b = table(name, List.of(integer("select", false)), List.of());
    roundTrip(List.of(a), List.of(b), column(Identifier.of(name), "a b", "select"));
  }

  /** 2: the contract's downgrade left the new column's default different from before it. */
  @Test
  void aColumnWithADefaultRenamed() throws Exception {
    Column before =
        new Column(
            Identifier.of("名前"),
            SqlType.of("numeric", 10, 2),
            true,
            Optional.of("1.5"),
            Optional.empty());
    Column after =
        new Column(
            Identifier.of("UPPER"),
            SqlType.of("numeric", 10, 2),
            true,
            Optional.of("1.5"),
            Optional.empty());
    Table a = table("t", List.of(integer("id", false), before), List.of());
    Table b = table("t", List.of(integer("id", false), after), List.of());
    roundTrip(List.of(a), List.of(b), column(T, "名前", "UPPER"));
  }

  /** 2: a NOT NULL column with a default. */
  @Test
  void aNotNullColumnWithADefaultRenamed() throws Exception {
    Column before =
        new Column(
            Identifier.of("n"), SqlType.of("integer"), false, Optional.of("7"), Optional.empty());
    Column after =
        new Column(
            Identifier.of("m"), SqlType.of("integer"), false, Optional.of("7"), Optional.empty());
    Table a = table("t", List.of(integer("id", false), before), List.of());
    Table b = table("t", List.of(integer("id", false), after), List.of());
    roundTrip(List.of(a), List.of(b), column(T, "n", "m"));
  }

  /** 3: the contract's re-added key found no index on the new column. */
  @Test
  void aForeignKeyColumnRenamed() throws Exception {
    Table p = table("p", List.of(integer("id", false)), List.of());
    Table a =
        table(
            "t",
            List.of(integer("id", false), integer("p_id", true)),
            List.of(fk("t_p", "p_id", "p", "id")));
    Table b =
        table(
            "t",
            List.of(integer("id", false), integer("pid", true)),
            List.of(fk("t_p", "pid", "p", "id")));
    roundTrip(List.of(p, a), List.of(p, b), column(T, "p_id", "pid"));
  }

  /** 1 and 3: the referenced side, a key column another table's foreign key points at. */
  @Test
  void aReferencedPrimaryKeyColumnRenamed() throws Exception {
    List<Column> cols = List.of(integer("id", false), integer("p_id", true));
    Table a = table("p", List.of(integer("id", false)), List.of());
    Table c = table("c", cols, List.of(fk("c_p", "p_id", "p", "id")));
    Table b = table("p", List.of(integer("ident", false)), List.of());
    Table c2 = table("c", cols, List.of(fk("c_p", "p_id", "p", "ident")));
    roundTrip(List.of(a, c), List.of(b, c2), column(P, "id", "ident"));
  }

  /** 3: a foreign key of a table to itself, its column renamed. */
  @Test
  void aSelfReferencingForeignKeyColumnRenamed() throws Exception {
    Table a =
        table(
            "t",
            List.of(integer("id", false), integer("parent", true)),
            List.of(fk("t_parent", "parent", "t", "id")));
    Table b =
        table(
            "t",
            List.of(integer("id", false), integer("up", true)),
            List.of(fk("t_parent", "up", "t", "id")));
    roundTrip(List.of(a), List.of(b), column(T, "parent", "up"));
  }

  /** A unique column renamed, as on PostgreSQL. */
  @Test
  void aColumnOfAUniqueConstraintRenamed() throws Exception {
    Column id = integer("id", false);
    Table a =
        table(
            "t",
            List.of(id, integer("code", false)),
            List.of(
                new UniqueConstraint(Identifier.of("t_code_key"), List.of(Identifier.of("code")))),
            List.of(),
            List.of());
    Table b =
        table(
            "t",
            List.of(id, integer("kode", false)),
            List.of(
                new UniqueConstraint(Identifier.of("t_code_key"), List.of(Identifier.of("kode")))),
            List.of(),
            List.of());
    roundTrip(List.of(a), List.of(b), column(T, "code", "kode"));
  }

  /** An indexed column renamed, as on PostgreSQL. */
  @Test
  void anIndexedColumnRenamed() throws Exception {
    Column id = integer("id", false);
    Table a =
        table(
            "t",
            List.of(id, integer("n", true), integer("o", true)),
            List.of(),
            List.of(Index.of("t_n", false, "n", "o")),
            List.of());
    Table b =
        table(
            "t",
            List.of(id, integer("m", true), integer("o", true)),
            List.of(),
            List.of(Index.of("t_n", false, "m", "o")),
            List.of());
    roundTrip(List.of(a), List.of(b), column(T, "n", "m"));
  }

  /**
   * Found by 500 generated round trips: a key column renamed while it widens from int to bigint;
   * the sync trigger cast with {@code CAST(NEW.col AS bigint)}, which MariaDB's CAST does not take.
   */
  @Test
  void aColumnRenamedWhileItWidens() throws Exception {
    Table a = table("t", List.of(integer("id", false)), List.of());
    Table b = table("t", List.of(Column.of("ident", SqlType.of("bigint"), false)), List.of());
    roundTrip(List.of(a), List.of(b), column(T, "id", "ident"));
  }
}
