package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
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
import dev.autogen.model.TableStatistics;
import dev.autogen.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads real schemas built with DDL and compares the whole model. */
class IntrospectorIT {

  private final Dialect dialect = PostgresDialect.create();
  private final Introspector introspector = new Introspector(dialect);
  private PostgresTestDatabase db;
  private Connection connection;
  private String schema;

  @BeforeEach
  void setUp() throws SQLException {
    db = new PostgresTestDatabase();
    connection = PostgresTestDatabase.connect();
    schema = db.createSchema("it_introspect");
  }

  @AfterEach
  void tearDown() throws SQLException {
    try {
      db.dropSchema(schema);
    } finally {
      connection.close();
      db.close();
    }
  }

  @Test
  void readsEveryModelledElement() throws Exception {
    for (String sql : SampleSchema.ddl(schema)) {
      db.execute(sql);
    }

    Introspection result = introspector.read(connection, schema);

    assertThat(result.current()).isEqualTo(expected());
    assertThat(result.serverVersion()).matches("\\d+(\\.\\d+)?.*");
  }

  private Schema expected() {
    Column customerId =
        new Column(
            id("id"),
            SqlType.of("bigint"),
            false,
            Optional.empty(),
            Optional.of(Identity.BY_DEFAULT));
    Table customer =
        new Table(
            id("customer"),
            List.of(
                customerId,
                Column.of("region", SqlType.of("varchar", 20), false),
                Column.of("code", SqlType.of("varchar", 20), false),
                Column.of("email", SqlType.of("text"), true),
                Column.of("status", SqlType.of("varchar", 20), true)
                    .withDefault(Optional.of(dialect.expressions().normalizeDefault("'active'"))),
                Column.of("created_at", SqlType.of("timestamptz", 6), false)
                    .withDefault(Optional.of("current_timestamp"))),
            Optional.of(new PrimaryKey(Optional.of(id("customer_pkey")), List.of(id("id")))),
            List.of(new UniqueConstraint(id("customer_region_code_key"), ids("region", "code"))),
            List.of(
                new Index(
                    id("customer_email_lower_idx"),
                    List.of(),
                    false,
                    Optional.of(
                        "CREATE INDEX customer_email_lower_idx ON "
                            + schema
                            + ".customer USING btree (lower(email))"))),
            List.of(),
            List.of(
                new Check(
                    id("customer_status_check"),
                    dialect.expressions().normalizeCheck("status IN ('active', 'blocked')"))));
    Table orders =
        new Table(
            id("orders"),
            List.of(
                Column.of("id", SqlType.of("integer"), false)
                    .withDefault(
                        Optional.of(
                            dialect
                                .expressions()
                                .normalizeDefault("nextval('orders_id_seq'::regclass)"))),
                Column.of("ticket", SqlType.of("bigint"), false)
                    .withIdentity(Optional.of(Identity.ALWAYS)),
                Column.of("customer_region", SqlType.of("varchar", 20), false),
                Column.of("customer_code", SqlType.of("varchar", 20), false),
                Column.of("amount", SqlType.of("numeric", 38, 2), false)
                    .withDefault(Optional.of("0")),
                Column.of("placed_at", SqlType.of("timestamptz", 6), true),
                Column.of("note", SqlType.of("text"), true)),
            Optional.of(new PrimaryKey(Optional.of(id("orders_pkey")), List.of(id("id")))),
            List.of(),
            List.of(
                new Index(
                    id("orders_code_note_idx"),
                    ids("customer_code", "note"),
                    true,
                    Optional.empty()),
                new Index(
                    id("orders_open_idx"),
                    ids("placed_at"),
                    false,
                    Optional.of(
                        "CREATE INDEX orders_open_idx ON "
                            + schema
                            + ".orders USING btree (placed_at) WHERE (note IS NULL)")),
                new Index(
                    id("orders_placed_at_idx"), ids("placed_at", "id"), false, Optional.empty())),
            List.of(
                new ForeignKey(
                    id("orders_customer_fk"),
                    ids("customer_region", "customer_code"),
                    id("customer"),
                    ids("region", "code"),
                    ReferentialAction.CASCADE,
                    ReferentialAction.NO_ACTION)),
            List.of(
                new Check(
                    id("orders_amount_check"),
                    dialect.expressions().normalizeCheck("amount >= 0"))));
    Table event =
        new Table(
            id("event"),
            List.of(
                Column.of("id", SqlType.of("bigint"), false),
                Column.of("at", SqlType.of("date"), false)),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new Schema(
        List.of(customer, orders, event),
        List.of(
            new Sequence(id("order_number_seq"), 1000, 50),
            new Sequence(id("orders_id_seq"), 1, 1)));
  }

  @Test
  void readsStatisticsOfAnalysedTables() throws Exception {
    db.execute("CREATE TABLE " + schema + ".filled (id integer PRIMARY KEY, payload text)");
    db.execute("CREATE TABLE " + schema + ".never_analysed (id integer)");
    db.execute(
        "INSERT INTO "
            + schema
            + ".filled SELECT g, repeat('x', 100) FROM generate_series(1, 500) AS g");
    db.execute("ANALYZE " + schema + ".filled");

    List<TableStatistics> statistics = introspector.read(connection, schema).statistics();

    assertThat(statistics)
        .extracting(TableStatistics::table)
        .containsExactly(id("filled"), id("never_analysed"));
    assertThat(statistics.get(0).estimatedRows()).isEqualTo(500);
    assertThat(statistics.get(0).totalBytes()).isGreaterThan(8192 * 2);
    assertThat(statistics.get(1).estimatedRows()).isZero();
  }

  @Test
  void neverAnalysedTablesAreCountedNotTakenForEmpty() throws Exception {
    // reltuples is -1 (or 0 on older servers) until the first ANALYZE, whatever the table holds
    String off = " WITH (autovacuum_enabled = false)";
    db.execute("CREATE TABLE " + schema + ".\"Few\" (id integer)" + off);
    db.execute("CREATE TABLE " + schema + ".many (id integer)" + off);
    db.execute("CREATE TABLE " + schema + ".none (id integer)" + off);
    db.execute("INSERT INTO " + schema + ".\"Few\" VALUES (1), (2), (3)");
    db.execute("INSERT INTO " + schema + ".many SELECT g FROM generate_series(1, 5000) AS g");

    List<TableStatistics> statistics = introspector.read(connection, schema).statistics();

    assertThat(statistics)
        .extracting(TableStatistics::table, TableStatistics::estimatedRows)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Identifier.of("Few"), 3L),
            org.assertj.core.groups.Tuple.tuple(id("many"), TableStatistics.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple(id("none"), 0L));
    assertThat(statistics).filteredOn(TableStatistics::knownEmpty).hasSize(1);
  }

  @Test
  void aTableTheSessionMayNotReadHasAnUnknownSize() throws Exception {
    String role = "it_stats_" + schema.substring(schema.length() - 12);
    db.execute("CREATE TABLE " + schema + ".secret (id integer)");
    db.execute("CREATE TABLE " + schema + ".open (id integer)");
    db.execute("INSERT INTO " + schema + ".open VALUES (1)");
    db.execute("CREATE ROLE " + role);
    db.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
    db.execute("GRANT SELECT ON " + schema + ".open TO " + role);
    try {
      try (var s = connection.createStatement()) {
        s.execute("SET ROLE " + role);
      }
      List<TableStatistics> statistics = introspector.read(connection, schema).statistics();

      assertThat(statistics)
          .extracting(TableStatistics::estimatedRows)
          .containsExactly(1L, TableStatistics.UNKNOWN);
    } finally {
      try (var s = connection.createStatement()) {
        s.execute("RESET ROLE");
      }
      db.execute("DROP OWNED BY " + role);
      db.execute("DROP ROLE " + role);
    }
  }

  @Test
  void readsDefaultsAndTypesRelativeToTheIntrospectedSchema() throws Exception {
    // the same DDL in two schemas outside the search path: a serial default names its sequence,
    // an enum column its type; neither may carry the schema name, or every comparison between a
    // live schema and a dev-database schema shows phantom changes
    String other = db.createSchema("it_introspect_twin");
    try {
      for (String s : List.of(schema, other)) {
        db.execute("CREATE TYPE " + s + ".mood AS ENUM ('ok', 'sad')");
        db.execute(
            "CREATE TABLE " + s + ".notes (id serial PRIMARY KEY, mood " + s + ".mood NOT NULL)");
      }
      connection.createStatement().execute("SET search_path TO pg_catalog");

      Schema first = introspector.read(connection, schema).current();
      Schema second = introspector.read(connection, other).current();

      Column id = first.tables().get(0).columns().get(0);
      assertThat(id.defaultExpression())
          .hasValueSatisfying(d -> assertThat(d).doesNotContain(schema));
      assertThat(first.tables().get(0).columns().get(1).type().toString()).doesNotContain(schema);
      assertThat(new dev.autogen.diff.Differ().diff(first, second, List.of()).changes()).isEmpty();
      try (var rs = connection.createStatement().executeQuery("SHOW search_path")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1))
            .as("the caller's search path is given back")
            .isEqualTo("pg_catalog");
      }
    } finally {
      db.dropSchema(other);
    }
  }

  @Test
  void readsAnExplicitDefaultNullAsNoDefault() throws Exception {
    // hand-written schemas spell DEFAULT NULL; the server keeps it as NULL::character varying
    db.execute(
        "CREATE TABLE "
            + schema
            + ".notes (id bigint PRIMARY KEY, title varchar(64) DEFAULT NULL,"
            + " flag boolean DEFAULT null::boolean)");

    Table notes = introspector.read(connection, schema).current().tables().get(0);

    assertThat(notes.columns().get(1).defaultExpression()).isEmpty();
    assertThat(notes.columns().get(2).defaultExpression()).isEmpty();
  }

  @Test
  void readsSchemaAndTableNamesThatNeedQuoting() throws Exception {
    String quoted = "\"" + schema + " Mixed\"";
    db.execute("CREATE SCHEMA " + quoted);
    try {
      db.execute("CREATE TABLE " + quoted + ".\"Order\" (\"Id\" integer PRIMARY KEY)");

      Schema current = introspector.read(connection, schema + " Mixed").current();

      assertThat(current.tables()).extracting(Table::name).containsExactly(id("Order"));
      assertThat(current.tables().get(0).columns())
          .extracting(Column::name)
          .containsExactly(id("Id"));
    } finally {
      db.execute("DROP SCHEMA " + quoted + " CASCADE");
    }
  }

  @Test
  void refusesMissingSchema() {
    assertThatThrownBy(() -> introspector.read(connection, schema + "_missing"))
        .isInstanceOf(IntrospectionException.class)
        .hasMessage("schema '" + schema + "_missing' does not exist");
  }

  @Test
  void reportsConnectionFailureWithCause() throws SQLException {
    Connection closed = PostgresTestDatabase.connect();
    closed.close();

    assertThatThrownBy(() -> introspector.read(closed, schema))
        .isInstanceOf(IntrospectionException.class)
        .hasCauseInstanceOf(SQLException.class);
  }

  static Identifier id(String name) {
    return Identifier.of(name);
  }

  static List<Identifier> ids(String... names) {
    return java.util.Arrays.stream(names).map(Identifier::of).toList();
  }
}
