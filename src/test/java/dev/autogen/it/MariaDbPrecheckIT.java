package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import dev.autogen.plan.Misfit;
import dev.autogen.plan.Precheck;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The MySQL pre-flight checks on the local MariaDB: silent when the data is fine, otherwise
 * stopping the file with {@code SQLSTATE 45000} and a message naming the table and the count; the
 * temporary procedure is gone either way once the file is rerun clean.
 */
class MariaDbPrecheckIT {

  private final Renderer renderer =
      new Renderer(MysqlDialect.create(MysqlFlavour.MARIADB), TemplateSource.bundled());

  private static final Identifier CHILD = Identifier.of("child");

  @Test
  void checksStopWithTheTableAndTheCount() throws Exception {
    LocalMariaDb.inDatabase(
        "it_mpre",
        (c, database) -> {
          LocalMariaDb.execute(c, "CREATE TABLE parent (id bigint PRIMARY KEY)");
          LocalMariaDb.execute(
              c, "CREATE TABLE child (id bigint PRIMARY KEY, parent_id bigint, email varchar(50))");
          LocalMariaDb.execute(c, "INSERT INTO parent VALUES (1)");
          LocalMariaDb.execute(
              c,
              "INSERT INTO child VALUES (1, 1, 'a@x'), (2, 9, 'a@x'), (3, 8, NULL), (4, NULL,"
                  + " NULL)");
          fails(c, new Precheck.NoNulls(Identifier.of("email")), "2 row(s) of child have NULL");
          fails(
              c,
              new Precheck.NoDuplicates(List.of(Identifier.of("email"))),
              "1 value(s) of (email) occur more than once in child");
          ForeignKey fk =
              new ForeignKey(
                  Identifier.of("child_parent_fk"),
                  List.of(Identifier.of("parent_id")),
                  Identifier.of("parent"),
                  List.of(Identifier.of("id")),
                  ReferentialAction.NO_ACTION,
                  ReferentialAction.NO_ACTION);
          fails(
              c,
              new Precheck.NoOrphans(fk),
              "2 row(s) of child have (parent_id) pointing at no row of parent");
          fails(c, new Precheck.Empty(), "4 row(s) in child");

          LocalMariaDb.execute(c, "DELETE FROM child WHERE id > 1");
          for (Precheck.Expectation e :
              List.of(
                  new Precheck.NoNulls(Identifier.of("email")),
                  new Precheck.NoDuplicates(List.of(Identifier.of("email"))),
                  new Precheck.NoOrphans(fk))) {
            ScriptRunner.run(c, renderer.statement(new Precheck(CHILD, e)) + ";", false);
          }
          assertThat(
                  LocalMariaDb.queryLong(
                      c,
                      "SELECT count(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '"
                          + database
                          + "'"))
              .as("no procedure left behind")
              .isZero();
        });
  }

  @Test
  void aShorterVarcharCountsCharactersNotBytes() throws Exception {
    // varchar(n) is n characters on MySQL/MariaDB; length() counts bytes, so 'éééé' (4
    // characters, 8 bytes in utf8mb4) was taken for a value too long for varchar(6)
    LocalMariaDb.inDatabase(
        "it_mpre",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE child (id bigint PRIMARY KEY, name varchar(20))"
                  + " CHARACTER SET utf8mb4");
          LocalMariaDb.execute(
              c, "INSERT INTO child VALUES (1, 'éééé'), (2, 'abcdefgh'), (3, 'abc')");
          Precheck.ValuesFit fit =
              new Precheck.ValuesFit(
                  Identifier.of("name"), SqlType.of("varchar", 6), new Misfit.TooLong(6));
          fails(c, fit, "1 row(s) of child have a value of name that does not fit varchar(6)");

          LocalMariaDb.execute(c, "DELETE FROM child WHERE id = 2");
          ScriptRunner.run(c, renderer.statement(new Precheck(CHILD, fit)) + ";", false);
        });
  }

  private static Throwable rootCause(Throwable t) {
    return t.getCause() == null ? t : rootCause(t.getCause());
  }

  private void fails(Connection c, Precheck.Expectation e, String message) {
    String sql = renderer.statement(new Precheck(CHILD, e)) + ";";
    assertThatThrownBy(() -> ScriptRunner.run(c, sql, false))
        .hasRootCauseInstanceOf(java.sql.SQLException.class)
        .satisfies(
            t ->
                assertThat(((java.sql.SQLException) rootCause(t)).getSQLState()).isEqualTo("45000"))
        .hasStackTraceContaining("autogen pre-flight check failed: " + message);
  }
}
