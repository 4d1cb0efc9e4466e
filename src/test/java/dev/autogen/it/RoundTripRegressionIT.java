package dev.autogen.it;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shrunk failures of {@link RoundTripIT}, written out as pairs so that they keep their meaning
 * whatever the generator becomes.
 */
class RoundTripRegressionIT {

  /** A check on a mixed-case column was normalised to lower case and rendered on no column. */
  @Test
  void aCheckOnAMixedCaseColumn() throws Exception {
    Column id = Column.of("id", SqlType.of("integer"), false);
    Column mixed = Column.of("MixedCase", SqlType.of("integer"), false);
    Table a =
        new Table(
            Identifier.of("Group"),
            List.of(id, mixed),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(id.name()))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Check check =
        new Check(
            Identifier.of("größe"),
            PostgresDialect.create().expressions().normalizeCheck("\"MixedCase\" >= 0"));
    Table b =
        new Table(
            a.name(),
            a.columns(),
            a.primaryKey(),
            a.uniques(),
            a.indexes(),
            a.foreignKeys(),
            List.of(check));
    RoundTrip.run(
        new SchemaPair(
            new Schema(List.of(a), List.of()),
            new Schema(List.of(b), List.of()),
            Map.of(a.name(), 3),
            "it's"));
  }

  /**
   * Widening a column of a table keyed by a uuid fills a shadow column in batches, which walked the
   * keys with min() and max(): PostgreSQL has neither for uuid.
   */
  @Test
  void aWideningOnATableKeyedByAUuid() throws Exception {
    Column id = Column.of("id", SqlType.of("uuid"), false);
    Column count = Column.of("Count", SqlType.of("integer"), false);
    Table a =
        new Table(
            Identifier.of("user"),
            List.of(id, count),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(id.name()))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Table b =
        new Table(
            a.name(),
            List.of(id, Column.of("Count", SqlType.of("bigint"), false)),
            a.primaryKey(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    RoundTrip.run(
        new SchemaPair(
            new Schema(List.of(a), List.of()),
            new Schema(List.of(b), List.of()),
            Map.of(a.name(), 4),
            "名前"));
  }

  /** Widening a key column whose name holds a double quote lost the check on it. */
  @Test
  void aWideningOfAQuotedColumnWithACheck() throws Exception {
    Column weird = Column.of("we\"ird", SqlType.of("integer"), false);
    Check check =
        new Check(
            Identifier.of("größe"),
            PostgresDialect.create().expressions().normalizeCheck("\"we\"\"ird\" >= 0"));
    Table a =
        new Table(
            Identifier.of("t"),
            List.of(weird),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(weird.name()))),
            List.of(),
            List.of(),
            List.of(),
            List.of(check));
    Table b =
        new Table(
            a.name(),
            List.of(Column.of("we\"ird", SqlType.of("bigint"), false)),
            a.primaryKey(),
            List.of(),
            List.of(),
            List.of(),
            List.of(check));
    RoundTrip.run(
        new SchemaPair(
            new Schema(List.of(a), List.of()),
            new Schema(List.of(b), List.of()),
            Map.of(a.name(), 3),
            "t"));
  }
}
