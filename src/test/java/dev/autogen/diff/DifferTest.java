package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DifferTest {

  private static final SqlType VARCHAR = SqlType.of("varchar", 255);
  private static final SqlType BIGINT = SqlType.of("bigint");
  private static final Identifier USERS = Identifier.of("users");

  private static Table users(
      List<Column> columns, List<UniqueConstraint> uniques, List<Index> indexes) {
    return new Table(
        USERS,
        columns,
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
        uniques,
        indexes,
        List.of(),
        List.of());
  }

  private static List<Column> columns(Column... extra) {
    List<Column> list = new java.util.ArrayList<>(List.of(Column.of("id", BIGINT, false)));
    list.addAll(List.of(extra));
    return list;
  }

  private static List<String> kinds(ChangeSet set) {
    return set.changes().stream().map(Change::kind).toList();
  }

  @Test
  void identicalSchemasHaveNoChanges() {
    Schema s =
        new Schema(
            List.of(users(columns(Column.of("email", VARCHAR, true)), List.of(), List.of())),
            List.of());
    assertThat(new Differ().diff(s, s, List.of()).changes()).isEmpty();
  }

  @Test
  void columnChangesComeByNameThenAddedThenDroppedWhateverTheDeclarationOrder() {
    Schema current =
        new Schema(
            List.of(
                users(
                    columns(
                        Column.of("zeta", VARCHAR, true),
                        Column.of("gone_b", VARCHAR, true),
                        Column.of("alpha", VARCHAR, true),
                        Column.of("gone_a", VARCHAR, true),
                        Column.of("same", VARCHAR, true)),
                    List.of(),
                    List.of())),
            List.of());
    Schema desired =
        new Schema(
            List.of(
                users(
                    columns(
                        Column.of("new_b", BIGINT, true),
                        Column.of("same", VARCHAR, true),
                        Column.of("zeta", VARCHAR, false),
                        Column.of("new_a", BIGINT, true),
                        Column.of("alpha", BIGINT, true)),
                    List.of(),
                    List.of())),
            List.of());

    ChangeSet set = new Differ().diff(current, desired, List.of());

    assertThat(set.changes())
        .extracting(Object::toString)
        .extracting(t -> t.substring(0, t.indexOf('[')))
        .containsExactly(
            "ColumnTypeChanged",
            "ColumnNullabilityChanged",
            "ColumnAdded",
            "ColumnAdded",
            "ColumnDropped",
            "ColumnDropped");
    assertThat(set.changes())
        .extracting(Object::toString)
        .extracting(t -> t.replaceAll("^.*?Column\\[name=([a-z_]+).*$", "$1"))
        .containsExactly("alpha", "zeta", "new_a", "new_b", "gone_a", "gone_b");
  }

  @Test
  void addedAndDroppedColumnsAreReported() {
    Schema current =
        new Schema(
            List.of(users(columns(Column.of("username", VARCHAR, false)), List.of(), List.of())),
            List.of());
    Schema desired =
        new Schema(
            List.of(
                users(columns(Column.of("display_name", VARCHAR, false)), List.of(), List.of())),
            List.of());
    ChangeSet set = new Differ().diff(current, desired, List.of());
    // whether the pair looks like a rename is the renames stage's question (LookAlikesTest)
    assertThat(kinds(set)).containsExactly("add_column", "drop_column");
  }

  @Test
  void aColumnRenameHintBecomesOneChangeCarryingTheTypeChange() {
    Schema current =
        new Schema(
            List.of(
                users(
                    columns(Column.of("age", SqlType.of("varchar", 10), true)),
                    List.of(),
                    List.of())),
            List.of());
    Schema desired =
        new Schema(
            List.of(
                users(
                    columns(Column.of("age_int", SqlType.of("integer"), true)),
                    List.of(),
                    List.of())),
            List.of());
    ChangeSet set =
        new Differ()
            .diff(
                current,
                desired,
                List.of(RenameHint.column(USERS, Identifier.of("age"), Identifier.of("age_int"))));
    assertThat(set.changes()).singleElement().isInstanceOf(ColumnRenamed.class);
    ColumnRenamed r = (ColumnRenamed) set.changes().get(0);
    assertThat(r.before().type()).isEqualTo(SqlType.of("varchar", 10));
    assertThat(r.after().type()).isEqualTo(SqlType.of("integer"));
  }

  @Test
  void constraintsMatchByStructureNotByName() {
    Column email = Column.of("email", VARCHAR, true);
    Schema current =
        new Schema(
            List.of(
                users(
                    columns(email),
                    List.of(
                        new UniqueConstraint(Identifier.of("uk_abc123"), List.of(email.name()))),
                    List.of())),
            List.of());
    Schema desiredAsIndex =
        new Schema(
            List.of(
                users(
                    columns(email),
                    List.of(),
                    List.of(Index.of("users_email_idx", true, "email")))),
            List.of());
    assertThat(new Differ().diff(current, desiredAsIndex, List.of()).changes()).isEmpty();
  }

  @Test
  void opaqueIndexesAreNeverDropped() {
    Index partial =
        new Index(
            Identifier.of("users_active"),
            List.of(),
            false,
            Optional.of("CREATE INDEX users_active ON users (id) WHERE active"));
    Schema current = new Schema(List.of(users(columns(), List.of(), List.of(partial))), List.of());
    Schema desired = new Schema(List.of(users(columns(), List.of(), List.of())), List.of());
    assertThat(new Differ().diff(current, desired, List.of()).changes()).isEmpty();
  }

  @Test
  void newTablesComeReferencedFirstAndDroppedTablesReferencingFirst() {
    Table parent =
        new Table(
            Identifier.of("a_parent"),
            columns(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    ForeignKey fk =
        new ForeignKey(
            Identifier.of("fk"),
            List.of(Identifier.of("id")),
            parent.name(),
            List.of(Identifier.of("id")),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    Table child =
        new Table(
            Identifier.of("0_child"),
            columns(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(fk),
            List.of());
    Schema both = new Schema(List.of(child, parent), List.of());
    ChangeSet added = new Differ().diff(Schema.empty(), both, List.of());
    assertThat(added.changes())
        .extracting(Change::tableName)
        .containsExactly(parent.name(), child.name());
    ChangeSet dropped = new Differ().diff(both, Schema.empty(), List.of());
    assertThat(dropped.changes())
        .extracting(Change::tableName)
        .containsExactly(child.name(), parent.name());
  }

  @Test
  void aTableRenameHintFollowsForeignKeysPointingAtIt() {
    Table customer =
        new Table(
            Identifier.of("customer"),
            columns(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Table client = customer.withName(Identifier.of("client"));
    ForeignKey toCustomer =
        new ForeignKey(
            Identifier.of("orders_customer_id_fkey"),
            List.of(Identifier.of("customer_id")),
            customer.name(),
            List.of(Identifier.of("id")),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    ForeignKey toClient =
        new ForeignKey(
            toCustomer.name(),
            toCustomer.columns(),
            client.name(),
            toCustomer.referencedColumns(),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    List<Column> orderColumns = columns(Column.of("customer_id", BIGINT, false));
    Table ordersBefore =
        new Table(
            Identifier.of("orders"),
            orderColumns,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(toCustomer),
            List.of());
    Table ordersAfter =
        new Table(
            Identifier.of("orders"),
            orderColumns,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(toClient),
            List.of());
    ChangeSet set =
        new Differ()
            .diff(
                new Schema(List.of(customer, ordersBefore), List.of()),
                new Schema(List.of(client, ordersAfter), List.of()),
                List.of(RenameHint.table(customer.name(), client.name())));
    assertThat(kinds(set)).containsExactly("rename_table");
  }

  @Test
  void againstEntitiesAKeyWithTheSameColumnsInAnotherOrderIsTheSameKey() {
    Identifier links = Identifier.of("links");
    List<Column> columns =
        List.of(Column.of("a_id", BIGINT, false), Column.of("b_id", BIGINT, false));
    java.util.function.Function<List<String>, Schema> keyed =
        order ->
            new Schema(
                List.of(
                    new Table(
                        links,
                        columns,
                        Optional.of(
                            new PrimaryKey(
                                Optional.empty(), order.stream().map(Identifier::of).toList())),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())),
                List.of());
    Schema database = keyed.apply(List.of("a_id", "b_id"));
    Schema entities = keyed.apply(List.of("b_id", "a_id"));
    // no mapping can state a join table's key order: Hibernate's DDL chooses it
    assertThat(Differ.forEntities().diff(database, entities, List.of()).changes()).isEmpty();
    // between two databases the order is a real difference (the key's index differs)
    assertThat(kinds(new Differ().diff(database, entities, List.of())))
        .containsExactly("drop_primary_key", "add_primary_key");
    // another column set is still a changed key
    assertThat(kinds(Differ.forEntities().diff(database, keyed.apply(List.of("a_id")), List.of())))
        .containsExactly("drop_primary_key", "add_primary_key");
  }
}
