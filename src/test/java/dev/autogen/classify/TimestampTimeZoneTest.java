package dev.autogen.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ColumnTypeChanged;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampTimeZoneTest {

  private static final Identifier EVENTS = Identifier.of("events");
  private static final Column PLAIN = Column.of("at", SqlType.of("timestamp", 6), true);
  private static final Column ZONED = Column.of("at", SqlType.of("timestamptz", 6), true);

  private static boolean rewrites(Dialect d, Column from, Column to) {
    Assessment a =
        new Classifier(d, List.of())
            .classify(new ChangeSet(List.of(new ColumnTypeChanged(EVENTS, from, to)), List.of()))
            .get(0);
    return a.hazards().stream().anyMatch(h -> h.code() == HazardCode.TABLE_REWRITE);
  }

  private static Dialect server(String version, String timeZone) {
    return Dialects.forServer(PostgresDialect.create(), version, timeZone);
  }

  @Test
  void timestampToTimestamptzRewritesUnlessTheSessionIsUtc() {
    assertThat(rewrites(server("15.4", "UTC"), PLAIN, ZONED)).isFalse();
    assertThat(rewrites(server("15.4", "Etc/UTC"), PLAIN, ZONED)).isFalse();
    assertThat(rewrites(server("15.4", "Europe/Paris"), PLAIN, ZONED)).isTrue();
    assertThat(rewrites(server("15.4", "Europe/London"), PLAIN, ZONED)).isTrue();
    assertThat(rewrites(server("15.4", ""), PLAIN, ZONED)).as("unknown zone").isTrue();
    assertThat(rewrites(PostgresDialect.create(), PLAIN, ZONED)).as("no server read").isTrue();
  }

  @Test
  void theShortcutNeedsPostgres12AndTheSamePrecision() {
    assertThat(rewrites(server("11.9", "UTC"), PLAIN, ZONED)).isTrue();
    assertThat(rewrites(server("12.0", "UTC"), ZONED, PLAIN)).isFalse();
    Column zonedMillis = Column.of("at", SqlType.of("timestamptz", 3), true);
    assertThat(rewrites(server("15.4", "UTC"), PLAIN, zonedMillis)).isTrue();
  }
}
