package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormattedSqlTest {

  @Test
  void directiveLinesAreEmptiedAndTheOthersKeepTheirLines() {
    String text =
        """
        --liquibase formatted sql

        --changeset team:2 runInTransaction:false
        --comment: a nickname
        -- a plain comment stays
        ALTER TABLE customer ADD COLUMN nickname varchar(40);
        --rollback ALTER TABLE customer DROP COLUMN nickname;
        --preconditions onFail:HALT
        --precondition-sql-check expectedResult:0 SELECT 1
        """;

    assertThat(FormattedSql.sqlOnly(text).lines())
        .containsExactly(
            "",
            "",
            "",
            "",
            "-- a plain comment stays",
            "ALTER TABLE customer ADD COLUMN nickname varchar(40);",
            "",
            "",
            "");
  }

  @Test
  void sqlMadeInertStartsNoChangesetAndKeepsItsLines() {
    String sql =
        """
        SELECT 1;
          -- changeset sneaky:1 runInTransaction:false
        --rollback DROP TABLE customer;
        -- a plain comment stays
        CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email)""";

    String inert = FormattedSql.inert(sql);

    assertThat(inert.lines())
        .containsExactly(
            "SELECT 1;",
            "--   -- changeset sneaky:1 runInTransaction:false",
            "-- --rollback DROP TABLE customer;",
            "-- a plain comment stays",
            "CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email)");
    String changelog = "--liquibase formatted sql\n--changeset team:2\n" + inert + "\n";
    assertThat(FormattedSql.changesets(changelog))
        .containsExactly(new FormattedSql.Changeset(2, 8, true));
    assertThat(FormattedSql.sqlOnly(changelog).lines())
        .contains("-- --rollback DROP TABLE customer;");
  }

  @Test
  void aFlywayScriptIsLeftAsItIs() {
    String text = "--changeset is just a comment here\nSELECT 1;\n";

    assertThat(FormattedSql.sqlOnly(text)).isEqualTo(text);
  }

  @Test
  void changesetsSpanToTheNextAndReadRunInTransaction() {
    String text =
        """
        --liquibase formatted sql

        --changeset team:1
        CREATE TABLE customer (id bigint);

        --changeset team:2 runInTransaction:false endDelimiter:/
        CREATE INDEX CONCURRENTLY customer_id_idx ON customer (id)
        /
        --changeset team:3 runInTransaction:true
        SELECT 1;""";

    assertThat(FormattedSql.changesets(text))
        .containsExactly(
            new FormattedSql.Changeset(3, 5, true),
            new FormattedSql.Changeset(6, 8, false),
            new FormattedSql.Changeset(9, 10, true));
  }

  @Test
  void aFlywayScriptHasNoChangesets() {
    assertThat(FormattedSql.changesets("--changeset a:1 runInTransaction:false\nSELECT 1;\n"))
        .isEmpty();
  }
}
