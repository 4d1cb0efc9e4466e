package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.IntrospectionException;
import dev.autogen.introspect.Introspector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Introspection reads in a read-only transaction and hands the connection back unchanged. */
class IntrospectorReadOnlyIT {

  private final Introspector introspector = new Introspector(PostgresDialect.create());
  private PostgresTestDatabase db;
  private Connection connection;
  private String schema;

  @BeforeEach
  void setUp() throws SQLException {
    db = new PostgresTestDatabase();
    connection = PostgresTestDatabase.connect();
    schema = db.createSchema("it_introspect");
    for (String sql : SampleSchema.ddl(schema)) {
      db.execute(sql);
    }
    db.execute("INSERT INTO " + schema + ".customer (region, code) VALUES ('eu', 'a1')");
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
  void readsEverythingInsideAReadOnlyTransaction() throws Exception {
    RecordingConnection recording = RecordingConnection.wrap(connection);

    introspector.read(recording.connection(), schema);

    assertThat(recording.readOnlyAtStatement()).isNotEmpty().containsOnly("on");
    assertThat(recording.calls())
        .startsWith("setTransactionIsolation(4)", "setReadOnly(true)", "setAutoCommit(false)")
        .endsWith(
            "rollback()", "setAutoCommit(true)", "setTransactionIsolation(2)", "setReadOnly(false)")
        .doesNotContain("commit()");
  }

  @Test
  void leavesDatabaseAndSessionAsTheyWere() throws Exception {
    List<String> objectsBefore = objects();
    long rowsBefore = rows();
    int isolation = connection.getTransactionIsolation();

    introspector.read(connection, schema);

    assertThat(objects()).isEqualTo(objectsBefore);
    assertThat(rows()).isEqualTo(rowsBefore);
    assertThat(connection.isReadOnly()).isFalse();
    assertThat(connection.getAutoCommit()).isTrue();
    assertThat(connection.getTransactionIsolation()).isEqualTo(isolation);
    assertThat(show("transaction_read_only")).isEqualTo("off");
  }

  @Test
  void restoresACallerInManualCommitMode() throws Exception {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);

    introspector.read(connection, schema);

    assertThat(connection.getAutoCommit()).isFalse();
    assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
    assertThat(connection.isReadOnly()).isFalse();
    // the caller can write again: its next transaction is not read-only
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO " + schema + ".customer (region, code) VALUES ('eu', 'b2')");
    }
    connection.commit();
    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void refusesToJoinAnOpenTransactionAndLeavesItAlone() throws Exception {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO " + schema + ".customer (region, code) VALUES ('us', 'c3')");
    }

    assertThatThrownBy(() -> introspector.read(connection, schema))
        .isInstanceOf(IntrospectionException.class)
        .hasCauseInstanceOf(SQLException.class);

    connection.commit();
    assertThat(rows()).isEqualTo(2);
  }

  private List<String> objects() throws SQLException {
    List<String> names = new ArrayList<>();
    try (var statement =
        db.admin()
            .prepareStatement(
                "SELECT c.relname || ':' || c.relkind::text || ':' || c.xmin::text"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? ORDER BY 1")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  private long rows() throws SQLException {
    try (Statement statement = db.admin().createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM " + schema + ".customer")) {
      row.next();
      return row.getLong(1);
    }
  }

  private String show(String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW " + setting)) {
      row.next();
      return row.getString(1);
    }
  }
}
