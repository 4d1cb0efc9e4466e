package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Classifier;
import dev.autogen.classify.HazardCode;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Column;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * timestamp -> timestamptz on the real PostgreSQL: introspection reads the session's time zone, the
 * change is classified as a table rewrite unless that zone is UTC, and the server agrees (the table
 * keeps its storage file exactly when autogen says it is not rewritten).
 */
class TimestampTimeZoneIT {

  @Test
  void utcSessionConvertsWithoutRewrite() throws Exception {
    assertThat(check("UTC")).as("classified as a rewrite under UTC").isFalse();
  }

  @Test
  void otherSessionZoneRewrites() throws Exception {
    assertThat(check("Europe/Paris")).as("classified as a rewrite under Europe/Paris").isTrue();
  }

  /** Classifies and then runs the change in a session using {@code zone}; returns the verdict. */
  private static boolean check(String zone) throws Exception {
    String schema = LocalPostgres.newSchemaName("it_tstz");
    try (Connection c = LocalPostgres.connect()) {
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        LocalPostgres.execute(
            c,
            "SET search_path TO "
                + schema
                + "; SET TimeZone = '"
                + zone
                + "'; CREATE TABLE events (id bigint PRIMARY KEY, at timestamp);"
                + " INSERT INTO events SELECT g, now()::timestamp FROM generate_series(1, 100) g");
        Introspection current = new Introspector(PostgresDialect.create()).read(c, schema);
        assertThat(current.timeZone()).isEqualTo(zone);
        Dialect dialect =
            Dialects.forServer(
                PostgresDialect.create(), current.serverVersion(), current.timeZone());
        Assessment a =
            new Classifier(dialect, current.statistics())
                .classify(new Differ().diff(current.current(), zoned(current.current()), List.of()))
                .get(0);
        boolean classifiedRewrite =
            a.hazards().stream().anyMatch(h -> h.code() == HazardCode.TABLE_REWRITE);
        long before = relfilenode(c);
        LocalPostgres.execute(
            c, "ALTER TABLE events ALTER COLUMN at TYPE timestamp with time zone");
        boolean rewritten = relfilenode(c) != before;
        assertThat(classifiedRewrite).as("autogen agrees with the server").isEqualTo(rewritten);
        return classifiedRewrite;
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static Schema zoned(Schema current) {
    Table t = current.tables().get(0);
    List<Column> columns =
        t.columns().stream()
            .map(
                col ->
                    col.name().value().equals("at")
                        ? Column.of("at", SqlType.of("timestamptz", 6), col.nullable())
                        : col)
            .toList();
    return new Schema(
        List.of(
            new Table(
                t.name(),
                columns,
                t.primaryKey(),
                t.uniques(),
                t.indexes(),
                t.foreignKeys(),
                t.checks())),
        current.sequences());
  }

  private static long relfilenode(Connection c) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 'events'::regclass")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
