package dev.autogen.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.CheckAdded;
import dev.autogen.diff.ColumnNullabilityChanged;
import dev.autogen.diff.ColumnTypeChanged;
import dev.autogen.diff.ForeignKeyAdded;
import dev.autogen.diff.IndexAdded;
import dev.autogen.diff.PrimaryKeyAdded;
import dev.autogen.diff.UniqueAdded;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import dev.autogen.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared rules speak MySQL's terms where its capabilities say so. */
class MysqlClassifierTest {

  private static final Dialect MARIADB = MysqlDialect.create(MysqlFlavour.MARIADB);
  private static final Identifier USERS = Identifier.of("users");

  private static Assessment typeChange(SqlType from, SqlType to) {
    ColumnTypeChanged change =
        new ColumnTypeChanged(USERS, Column.of("name", from, true), Column.of("name", to, true));
    return new Classifier(MARIADB, List.of())
        .classify(new ChangeSet(List.of(change), List.of()))
        .get(0);
  }

  @Test
  void aRebuildingTypeChangeIsACopyThatBlocksWritesAndEveryStatementAutoCommits() {
    Assessment a = typeChange(SqlType.of("int"), SqlType.of("bigint"));
    assertThat(a.hazards())
        .extracting(Hazard::code)
        .contains(HazardCode.TABLE_REWRITE, HazardCode.BLOCKING_LOCK, HazardCode.AUTOCOMMIT_DDL);
    assertThat(a.hazards())
        .filteredOn(h -> h.code() == HazardCode.BLOCKING_LOCK)
        .singleElement()
        .satisfies(
            h -> assertThat(h.message()).contains("ALGORITHM=COPY").contains("metadata lock"));
  }

  @Test
  void extendingAVarcharWithinItsLengthByteIsInPlace() {
    Assessment inPlace = typeChange(SqlType.of("varchar", 100), SqlType.of("varchar", 200));
    Assessment copy = typeChange(SqlType.of("varchar", 50), SqlType.of("varchar", 100));
    assertThat(inPlace.hazards()).extracting(Hazard::code).doesNotContain(HazardCode.TABLE_REWRITE);
    assertThat(copy.hazards()).extracting(Hazard::code).contains(HazardCode.TABLE_REWRITE);
  }

  /** One change of every kind whose hazards name a lock, a build or a validation. */
  private static List<Change> lockingChanges() {
    Column name = Column.of("name", SqlType.of("varchar", 100), true);
    List<Identifier> nameOnly = List.of(Identifier.of("name"));
    return List.of(
        new ColumnTypeChanged(
            USERS,
            Column.of("n", SqlType.of("int"), true),
            Column.of("n", SqlType.of("bigint"), true)),
        new ColumnNullabilityChanged(USERS, name, name.withNullable(false)),
        new IndexAdded(USERS, Index.of("users_name_idx", false, "name")),
        new UniqueAdded(USERS, new UniqueConstraint(Identifier.of("users_name_key"), nameOnly)),
        new PrimaryKeyAdded(USERS, new PrimaryKey(Optional.empty(), nameOnly)),
        new ForeignKeyAdded(
            USERS,
            new ForeignKey(
                Identifier.of("users_team_fk"),
                List.of(Identifier.of("team_id")),
                Identifier.of("teams"),
                List.of(Identifier.of("id")),
                ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION)),
        new CheckAdded(USERS, new Check(Identifier.of("users_name_check"), "name <> ''")));
  }

  private static List<Hazard> hazards(Dialect dialect) {
    return new Classifier(dialect, List.of())
        .classify(new ChangeSet(lockingChanges(), List.of())).stream()
            .flatMap(a -> a.hazards().stream())
            .toList();
  }

  @Test
  void mariaDbHazardsSpeakOfItsOwnLocksNeverOfPostgresOnes() {
    List<Hazard> hazards = hazards(MARIADB);
    assertThat(hazards)
        .allSatisfy(
            h ->
                assertThat(h.message() + " " + h.safeAlternative())
                    .doesNotContain("ACCESS EXCLUSIVE")
                    .doesNotContain("SHARE UPDATE EXCLUSIVE")
                    .doesNotContain("CONCURRENTLY")
                    .doesNotContain("NOT VALID")
                    .doesNotContain("lock_timeout")
                    .doesNotContain("SET NOT NULL reads"));
    assertThat(hazards)
        .filteredOn(h -> h.code() == HazardCode.BLOCKING_LOCK)
        .extracting(Hazard::message)
        .anySatisfy(m -> assertThat(m).startsWith("built in place (ALGORITHM=INPLACE, LOCK=NONE)"))
        .anySatisfy(
            m -> assertThat(m).contains("users is rebuilt in place").contains("metadata lock"))
        .anySatisfy(m -> assertThat(m).startsWith("ALGORITHM=COPY: writes to users are blocked"));
    assertThat(hazards)
        .filteredOn(h -> h.code() == HazardCode.FULL_TABLE_SCAN)
        .extracting(Hazard::message)
        .anySatisfy(m -> assertThat(m).startsWith("MODIFY ... NOT NULL rebuilds users"));
    assertThat(hazards)
        .filteredOn(h -> h.code() == HazardCode.BLOCKING_LOCK)
        .allSatisfy(h -> assertThat(h.safeAlternative()).contains("lock_wait_timeout"));
    assertThat(hazards)
        .filteredOn(h -> h.code() == HazardCode.LONG_INDEX_BUILD)
        .allSatisfy(h -> assertThat(h.safeAlternative()).contains("ALGORITHM=INPLACE"));
  }

  @Test
  void postgresHazardsKeepTheirWords() {
    List<Hazard> hazards = hazards(PostgresDialect.create());
    assertThat(hazards)
        .extracting(Hazard::message)
        .contains(
            "built CONCURRENTLY outside a transaction so writes to users go on",
            "its index is built CONCURRENTLY outside a transaction",
            "ACCESS EXCLUSIVE lock on users while the key's index is built",
            "validating CHECK (name IS NOT NULL) reads every row of users under a SHARE UPDATE"
                + " EXCLUSIVE lock (writes go on); SET NOT NULL then skips its scan");
    assertThat(hazards)
        .filteredOn(h -> h.code() == HazardCode.LONG_INDEX_BUILD)
        .allSatisfy(h -> assertThat(h.safeAlternative()).startsWith("Build it CONCURRENTLY"));
  }
}
