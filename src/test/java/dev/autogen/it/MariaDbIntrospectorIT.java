package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads real MariaDB databases built with DDL and compares the whole model. */
class MariaDbIntrospectorIT {

  private final Dialect dialect = Dialects.forUrl(LocalMariaDb.URL);
  private final Introspector introspector = new Introspector(dialect);

  static final List<String> DDL =
      List.of(
          """
          CREATE TABLE customer (
            id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
            email varchar(320) NOT NULL,
            name varchar(80) DEFAULT 'anon',
            status enum('ACTIVE','it''s') NOT NULL DEFAULT 'ACTIVE',
            balance decimal(12,2) DEFAULT 1.50,
            active bit(1) DEFAULT b'1',
            created datetime(6) DEFAULT current_timestamp(6),
            born date,
            attributes json,
            token uuid,
            age int(11) CHECK (age >= 18),
            CONSTRAINT customer_email_key UNIQUE (email),
            CONSTRAINT customer_age_ok CHECK (age <= 130 AND name <> '')
          )""",
          """
          CREATE TABLE orders (
            id int NOT NULL,
            line smallint NOT NULL,
            customer_id bigint,
            other_id bigint,
            note text,
            PRIMARY KEY (id, line),
            CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
              ON DELETE CASCADE,
            FOREIGN KEY (other_id) REFERENCES customer (id) ON UPDATE SET NULL
          )""",
          "CREATE INDEX orders_by_line ON orders (line, customer_id)",
          "CREATE INDEX orders_note_prefix ON orders (note(20))",
          "CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 50",
          "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY)",
          "CREATE TABLE DATABASECHANGELOG (ID varchar(255) NOT NULL, AUTHOR varchar(255))",
          "CREATE TABLE DATABASECHANGELOGLOCK (ID int PRIMARY KEY, LOCKED bit(1))",
          "CREATE VIEW customer_names AS SELECT name FROM customer",
          "INSERT INTO customer (email, age) VALUES ('a@example.com', 20)");

  @Test
  void readsEveryModelledElement() throws Exception {
    LocalMariaDb.inDatabase(
        "it_mintro",
        (c, database) -> {
          for (String sql : DDL) {
            LocalMariaDb.execute(c, sql);
          }
          Introspection result = introspector.read(c, database);
          assertThat(result.current().tables()).containsExactlyElementsOf(expected().tables());
          assertThat(result.current()).isEqualTo(expected());
          assertThat(result.serverVersion()).containsIgnoringCase("mariadb");
          assertThat(result.statistics())
              .extracting(s -> s.table().value())
              .containsExactly("customer", "orders");
          assertThat(result.statistics().get(0).totalBytes()).isPositive();
        });
  }

  @Test
  void readsThePartitionKeyAndNeverAPartitionAsATable() throws Exception {
    LocalMariaDb.inDatabase(
        "it_phantoms_mpart",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              """
              CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind int NOT NULL,
                PRIMARY KEY (id, at, kind))
              PARTITION BY RANGE (YEAR(at)) SUBPARTITION BY HASH (kind) SUBPARTITIONS 2 (
                PARTITION p2024 VALUES LESS THAN (2025),
                PARTITION pmax VALUES LESS THAN MAXVALUE)""");
          LocalMariaDb.execute(
              c, "CREATE TABLE hashed (id bigint PRIMARY KEY) PARTITION BY KEY () PARTITIONS 2");
          LocalMariaDb.execute(c, "CREATE TABLE plain (id bigint PRIMARY KEY)");
          Introspection result = introspector.read(c, database);
          assertThat(result.current().tables())
              .extracting(t -> t.name().value())
              .containsExactly("event", "hashed", "plain");
          // KEY () partitions by the primary key itself: nothing a key could leave out
          assertThat(result.partitionKeys())
              .containsExactly(
                  new dev.autogen.model.PartitionKey(
                      Identifier.of("event"),
                      List.of(Identifier.of("at"), Identifier.of("kind")),
                      false));
        });
  }

  @Test
  void leavesTheConnectionAsItWasAndWritesNothing() throws Exception {
    LocalMariaDb.inDatabase(
        "it_mro",
        (c, database) -> {
          LocalMariaDb.execute(c, "CREATE TABLE t (id int PRIMARY KEY)");
          introspector.read(c, database);
          assertThat(c.getAutoCommit()).isTrue();
          assertThat(c.isReadOnly()).isFalse();
          // the session is writable again afterwards
          LocalMariaDb.execute(c, "INSERT INTO t VALUES (1)");
          assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM t")).isEqualTo(1);
        });
  }

  @Test
  void aMissingDatabaseIsAClearError() throws Exception {
    try (Connection c = LocalMariaDb.connect()) {
      assertThatThrownBy(() -> introspector.read(c, "no_such_database_here"))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageContaining("'no_such_database_here' does not exist");
    }
  }

  private static Schema expected() {
    Table customer =
        new Table(
            id("customer"),
            List.of(
                new Column(
                    id("id"),
                    SqlType.of("bigint"),
                    false,
                    Optional.empty(),
                    Optional.of(Identity.BY_DEFAULT)),
                Column.of("email", SqlType.of("varchar", 320), false),
                Column.of("name", SqlType.of("varchar", 80), true)
                    .withDefault(Optional.of("'anon'")),
                Column.of("status", SqlType.listing("enum", List.of("ACTIVE", "it's")), false)
                    .withDefault(Optional.of("'ACTIVE'")),
                Column.of("balance", SqlType.of("decimal", 12, 2), true)
                    .withDefault(Optional.of("1.5")),
                Column.of("active", SqlType.of("bit", 1), true).withDefault(Optional.of("1")),
                Column.of("created", SqlType.of("datetime", 6), true)
                    .withDefault(Optional.of("current_timestamp")),
                Column.of("born", SqlType.of("date"), true),
                Column.of("attributes", SqlType.of("json"), true),
                Column.of("token", SqlType.of("uuid"), true),
                Column.of("age", SqlType.of("int"), true)),
            Optional.of(new PrimaryKey(Optional.empty(), ids("id"))),
            List.of(new UniqueConstraint(id("customer_email_key"), ids("email"))),
            List.of(),
            List.of(),
            List.of(
                new Check(id("age"), "age>=18"),
                new Check(id("customer_age_ok"), "age<=130 and name<>''")));
    Table orders =
        new Table(
            id("orders"),
            List.of(
                Column.of("id", SqlType.of("int"), false),
                Column.of("line", SqlType.of("smallint"), false),
                Column.of("customer_id", SqlType.of("bigint"), true),
                Column.of("other_id", SqlType.of("bigint"), true),
                Column.of("note", SqlType.of("text"), true)),
            Optional.of(new PrimaryKey(Optional.empty(), ids("id", "line"))),
            List.of(),
            List.of(
                new Index(
                    id("orders_by_line"), ids("line", "customer_id"), false, Optional.empty()),
                new Index(
                    id("orders_note_prefix"),
                    ids("note"),
                    false,
                    Optional.of("INDEX `orders_note_prefix` ON `orders` (`note`(20))"))),
            List.of(
                new ForeignKey(
                    id("fk_orders_customer"),
                    ids("customer_id"),
                    id("customer"),
                    ids("id"),
                    ReferentialAction.CASCADE,
                    ReferentialAction.NO_ACTION),
                new ForeignKey(
                    id("orders_ibfk_1"),
                    ids("other_id"),
                    id("customer"),
                    ids("id"),
                    ReferentialAction.NO_ACTION,
                    ReferentialAction.SET_NULL)),
            List.of());
    return new Schema(List.of(customer, orders), List.of(new Sequence(id("order_seq"), 100, 50)));
  }

  private static Identifier id(String name) {
    return Identifier.of(name);
  }

  private static List<Identifier> ids(String... names) {
    return java.util.Arrays.stream(names).map(Identifier::of).toList();
  }
}
