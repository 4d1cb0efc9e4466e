package dev.autogen.it;

import static dev.autogen.model.Identifier.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import dev.autogen.plan.Misfit;
import dev.autogen.plan.Precheck;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Every pre-flight check on the real PostgreSQL: silent when the data is fine, and otherwise
 * failing with the offending row count in the message and, in the hint, a query that really finds
 * those rows.
 */
class PrecheckIT {

  private final Renderer renderer =
      new Renderer(PostgresDialect.create(), TemplateSource.bundled());

  private static final String SETUP =
      "CREATE TABLE parent (id bigint PRIMARY KEY);"
          + " CREATE TABLE child (id bigint PRIMARY KEY, parent_id bigint, email varchar(50),"
          + " code varchar(20), amount bigint);"
          + " INSERT INTO parent VALUES (1), (2);"
          + " INSERT INTO child VALUES (1, 1, 'a@x', 'short', 5), (2, 2, 'b@x', 'short', 6),"
          + " (3, NULL, 'c@x', 'short', 7)";

  @Test
  void nullsBeforeNotNull() throws Exception {
    expectFailure(
        "UPDATE child SET email = NULL WHERE id IN (2, 3)",
        new Precheck(of("child"), new Precheck.NoNulls(of("email"))),
        2,
        "have NULL in email");
  }

  @Test
  void duplicatesBeforeUnique() throws Exception {
    expectFailure(
        "UPDATE child SET email = 'same' WHERE id IN (1, 2)",
        new Precheck(of("child"), new Precheck.NoDuplicates(List.of(of("email")))),
        1,
        "occur more than once");
  }

  @Test
  void orphansBeforeForeignKeyValidation() throws Exception {
    ForeignKey fk =
        new ForeignKey(
            of("fk_parent"),
            List.of(of("parent_id")),
            of("parent"),
            List.of(of("id")),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    expectFailure(
        "UPDATE child SET parent_id = 99 WHERE id IN (1, 2)",
        new Precheck(of("child"), new Precheck.NoOrphans(fk)),
        2,
        "pointing at no row of parent");
  }

  @Test
  void rowsBeforeDroppingATableExpectedEmpty() throws Exception {
    expectFailure(
        "DELETE FROM child WHERE id = 3",
        new Precheck(of("child"), new Precheck.Empty()),
        2,
        "which was empty when this migration was planned");
  }

  @Test
  void valuesThatDoNotFitBeforeNarrowing() throws Exception {
    expectFailure(
        "UPDATE child SET code = 'eleven char' WHERE id = 1",
        new Precheck(
            of("child"),
            new Precheck.ValuesFit(of("code"), SqlType.of("varchar", 10), new Misfit.TooLong(10))),
        1,
        "does not fit varchar(10)");
    expectFailure(
        "UPDATE child SET amount = 3000000000 WHERE id IN (1, 3)",
        new Precheck(
            of("child"),
            new Precheck.ValuesFit(
                of("amount"),
                SqlType.of("integer"),
                Misfit.of(
                        SqlType.of("bigint"),
                        SqlType.of("integer"),
                        PostgresDialect.create().types())
                    .orElseThrow())),
        2,
        "does not fit integer");
  }

  /**
   * The check passes on the clean data, then fails after {@code spoil} with the count and query.
   */
  private void expectFailure(String spoil, Precheck check, int offending, String says)
      throws Exception {
    String schema = LocalPostgres.newSchemaName("it_precheck");
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        LocalPostgres.execute(c, "SET search_path TO " + schema);
        LocalPostgres.execute(c, SETUP);
        String sql = renderer.statement(check);
        if (!(check.expectation() instanceof Precheck.Empty)) {
          LocalPostgres.execute(c, sql); // clean data: no exception
        }
        LocalPostgres.execute(c, spoil);
        PSQLException e =
            catchThrowableOfType(() -> LocalPostgres.execute(c, sql), PSQLException.class);
        assertThat((Object) e).as("the check fails on spoiled data").isNotNull();
        String message = e.getServerErrorMessage().getMessage();
        assertThat(message)
            .startsWith("autogen pre-flight check failed: " + offending + " ")
            .contains(says);
        String hint = e.getServerErrorMessage().getHint();
        String query =
            hint.substring(hint.indexOf("Find them with: ") + "Find them with: ".length());
        assertThat(rows(c, query))
            .as("rows found by the hint's query: " + query)
            .isEqualTo(offending);
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static int rows(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }
}
