package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.TableNameCase;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.ReferentialAction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A user who may only read the application's tables (as a CI job or a read replica's account often
 * is) gets the same introspection as an administrator: same tables, keys, foreign key actions,
 * checks, indexes, sequences, views and statistics. MariaDB hides {@code TABLE_CONSTRAINTS} and
 * {@code REFERENTIAL_CONSTRAINTS} rows from such a user, which once read as a missing primary key.
 */
class SelectOnlyIntrospectionIT {

  private final String u = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

  @Test
  void mariaDbSelectOnlyUserSeesWhatRootSees() throws Exception {
    String user = "mdbops_sel_" + u;
    LocalMariaDb.inDatabase(
        "mdbops_selonly",
        (root, database) -> {
          for (String sql : MariaDbIntrospectorIT.DDL) {
            LocalMariaDb.execute(root, sql);
          }
          LocalMariaDb.execute(root, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'p'");
          try {
            LocalMariaDb.execute(
                root, "GRANT SELECT ON `" + database + "`.* TO '" + user + "'@'%'");
            Introspector introspector = new Introspector(Dialects.forUrl(LocalMariaDb.URL));
            Introspection asRoot = introspector.read(root, database);
            Introspection asReader;
            try (Connection reader =
                DriverManager.getConnection(withoutUser(LocalMariaDb.urlOf(database)), user, "p")) {
              assertThat(
                      LocalMariaDb.queryLong(
                          reader,
                          "SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS"
                              + " WHERE TABLE_SCHEMA = DATABASE()"))
                  .as("MariaDB still hides TABLE_CONSTRAINTS from a SELECT-only user")
                  .isZero();
              asReader = introspector.read(reader, database);
            }
            assertThat(asRoot.current().tables()).hasSize(2);
            assertThat(asRoot.current().tables().get(1).foreignKeys())
                .extracting(fk -> fk.onDelete() + "/" + fk.onUpdate())
                .containsExactlyInAnyOrder(
                    ReferentialAction.CASCADE + "/" + ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION + "/" + ReferentialAction.SET_NULL);
            assertThat(asReader).isEqualTo(asRoot);
            // the local server runs with lower_case_table_names=0, as Linux installations do
            assertThat(asReader.tableNames()).isEqualTo(TableNameCase.SENSITIVE);
          } finally {
            LocalMariaDb.execute(root, "DROP USER IF EXISTS '" + user + "'@'%'");
          }
        });
  }

  @Test
  void postgresRoleWithUsageAndSelectSeesWhatTheOwnerSees() throws Exception {
    String role = "mdbops_sel_" + u;
    PostgresTestDatabase db = new PostgresTestDatabase();
    String schema = db.createSchema("mdbops_selonly");
    try (Connection owner = PostgresTestDatabase.connect()) {
      for (String sql : SampleSchema.ddl(schema)) {
        db.execute(sql);
      }
      db.execute("INSERT INTO " + schema + ".customer (region, code) VALUES ('eu', 'a1')");
      db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'p'");
      try {
        db.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
        db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        db.execute("GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        Introspector introspector = new Introspector(PostgresDialect.create());
        Introspection asOwner = introspector.read(owner, schema);
        Introspection asReader;
        try (Connection reader =
            DriverManager.getConnection(PostgresTestDatabase.url(), role, "p")) {
          asReader = introspector.read(reader, schema);
        }
        assertThat(asOwner.current().tables()).isNotEmpty();
        assertThat(asReader).isEqualTo(asOwner);
      } finally {
        db.execute("DROP OWNED BY " + role);
        db.execute("DROP ROLE IF EXISTS " + role);
      }
    } finally {
      db.dropSchema(schema);
      db.close();
    }
  }

  /** The URL without its {@code user=} parameter, so that the given user logs in. */
  private static String withoutUser(String url) {
    return url.replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
  }
}
