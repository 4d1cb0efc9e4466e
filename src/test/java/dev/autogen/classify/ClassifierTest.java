package dev.autogen.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final Dialect PG15 = PostgresDialect.create();
  private static final Dialect PG10 = PostgresDialect.create(new ServerVersion(10, 0));
  private static final Dialect PG11 = PostgresDialect.create(new ServerVersion(11, 0));
  private static final Identifier USERS = Identifier.of("users");
  private static final SqlType VARCHAR = SqlType.of("varchar", 255);

  private static Assessment one(Dialect d, List<TableStatistics> stats, Change... changes) {
    return new Classifier(d, stats).classify(new ChangeSet(List.of(changes), List.of())).get(0);
  }

  private static Assessment one(Change c) {
    return one(PG15, List.of(), c);
  }

  private static Optional<Hazard> hazard(Assessment a, HazardCode code) {
    return a.hazards().stream().filter(h -> h.code() == code).findFirst();
  }

  private static TableStatistics rows(long n) {
    return new TableStatistics(USERS, n, n * 100);
  }

  private static Index index(boolean unique) {
    return Index.of("users_email_idx", unique, "email");
  }

  @Test
  void addedColumnIsSafeForOldCodeButBreaksNewCodeOnTheOldSchema() {
    Assessment a = one(new ColumnAdded(USERS, Column.of("nick", VARCHAR, true)));
    assertThat(a.backward().compatibility()).isEqualTo(Compatibility.SAFE);
    assertThat(a.forward().compatibility()).isEqualTo(Compatibility.BREAKING);
    assertThat(a.forward().reason()).contains("users.nick");
  }

  @Test
  void droppedNullableColumnIsSafeForwardButANotNullOneIsNot() {
    Assessment nullable = one(new ColumnDropped(USERS, Column.of("legacy", VARCHAR, true)));
    Assessment required = one(new ColumnDropped(USERS, Column.of("legacy", VARCHAR, false)));
    assertThat(nullable.isBreaking()).isTrue();
    assertThat(nullable.forward().isBreaking()).isFalse();
    assertThat(required.forward().isBreaking()).isTrue();
    assertThat(hazard(nullable, HazardCode.IRREVERSIBLE)).isPresent();
  }

  @Test
  void narrowingIsForwardSafeAndWideningForwardBreaking() {
    Column wide = Column.of("name", VARCHAR, true);
    Column narrow = Column.of("name", SqlType.of("varchar", 100), true);
    Assessment narrowing = one(new ColumnTypeChanged(USERS, wide, narrow));
    Assessment widening = one(new ColumnTypeChanged(USERS, narrow, wide));
    assertThat(narrowing.isBreaking()).isTrue();
    assertThat(narrowing.forward().isBreaking()).isFalse();
    assertThat(widening.isBreaking()).isFalse();
    assertThat(widening.forward().isBreaking()).isTrue();
  }

  @Test
  void sizeRaisesTheSeverityOfSizeSensitiveHazardsOnly() {
    Column before = Column.of("age", VARCHAR, true);
    Column after = Column.of("age", SqlType.of("integer"), true);
    Change change = new ColumnTypeChanged(USERS, before, after);
    Assessment empty = one(PG15, List.of(rows(0)), change);
    Assessment medium = one(PG15, List.of(rows(50_000)), change);
    Assessment huge = one(PG15, List.of(rows(5_000_000)), change);
    Assessment unknown = one(PG15, List.of(), change);
    assertThat(hazard(empty, HazardCode.TABLE_REWRITE).orElseThrow().severity())
        .isEqualTo(Severity.INFO);
    assertThat(hazard(medium, HazardCode.TABLE_REWRITE).orElseThrow().severity())
        .isEqualTo(Severity.WARNING);
    assertThat(hazard(huge, HazardCode.BLOCKING_LOCK).orElseThrow().severity())
        .isEqualTo(Severity.ERROR);
    assertThat(huge.severity()).isEqualTo(Severity.ERROR);
    assertThat(hazard(unknown, HazardCode.TABLE_REWRITE).orElseThrow().severity())
        .isEqualTo(HazardCode.TABLE_REWRITE.defaultSeverity());
    // not size-sensitive: the same on every table
    assertThat(hazard(huge, HazardCode.CONSTRAINT_MAY_FAIL).orElseThrow().severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void thresholdsAreConfigurable() {
    Change change = new IndexAdded(USERS, index(false));
    ClassifierSettings strict = new ClassifierSettings(10, 100, Long.MAX_VALUE, Long.MAX_VALUE);
    Assessment a =
        new Classifier(PG15, List.of(new TableStatistics(USERS, 500, 0)), strict)
            .classify(new ChangeSet(List.of(change), List.of()))
            .get(0);
    assertThat(hazard(a, HazardCode.LONG_INDEX_BUILD).orElseThrow().severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void constantDefaultRewritesOnlyBeforePostgres11() {
    Change change =
        new ColumnAdded(USERS, Column.of("tier", VARCHAR, false).withDefault(Optional.of("'a'")));
    assertThat(hazard(one(PG10, List.of(), change), HazardCode.TABLE_REWRITE)).isPresent();
    assertThat(hazard(one(PG11, List.of(), change), HazardCode.TABLE_REWRITE)).isEmpty();
    Change volatileDefault =
        new ColumnAdded(
            USERS,
            Column.of("token", SqlType.of("uuid"), true)
                .withDefault(Optional.of("gen_random_uuid()")));
    assertThat(hazard(one(PG15, List.of(), volatileDefault), HazardCode.TABLE_REWRITE)).isPresent();
  }

  @Test
  void notNullScanDependsOnTheServerVersion() {
    Change change =
        new ColumnNullabilityChanged(
            USERS, Column.of("email", VARCHAR, true), Column.of("email", VARCHAR, false));
    assertThat(hazard(one(PG15, List.of(), change), HazardCode.FULL_TABLE_SCAN).orElseThrow())
        .extracting(Hazard::message)
        .asString()
        .contains("SHARE UPDATE EXCLUSIVE");
    assertThat(hazard(one(PG11, List.of(), change), HazardCode.FULL_TABLE_SCAN).orElseThrow())
        .extracting(Hazard::message)
        .asString()
        .contains("ACCESS EXCLUSIVE lock (this server cannot");
  }

  @Test
  void enumCheckThatDropsAValueBreaksOldCode() {
    Change dropped =
        new CheckDropped(
            USERS,
            new Check(
                Identifier.of("users_status_check"),
                "((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'BANNED'::character"
                    + " varying, 'GONE'::character varying])::text[]))"));
    Change added =
        new CheckAdded(
            USERS,
            new Check(Identifier.of("users_status_check1"), "status in ('ACTIVE','BANNED')"));
    Assessment a =
        new Classifier(PG15, List.of())
            .classify(new ChangeSet(List.of(dropped, added), List.of()))
            .get(1);
    assertThat(a.isBreaking()).isTrue();
    assertThat(hazard(a, HazardCode.ENUM_VALUE_REMOVED).orElseThrow().message()).contains("GONE");
    Assessment widened =
        new Classifier(PG15, List.of())
            .classify(
                new ChangeSet(
                    List.of(
                        new CheckDropped(
                            USERS, new Check(Identifier.of("c"), "status in ('ACTIVE')")),
                        added),
                    List.of()))
            .get(1);
    assertThat(widened.isBreaking()).isFalse();
  }

  @Test
  void everyHazardHasASafeAlternativeAndTheCodesDefault() {
    Assessment a =
        one(
            new TableDropped(
                new Table(
                    USERS,
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())));
    assertThat(a.hazards()).isNotEmpty();
    assertThat(a.hazards()).allSatisfy(h -> assertThat(h.safeAlternative()).isNotBlank());
    assertThat(a.forward().isBreaking()).isFalse();
  }

  @Test
  void aUniqueConstraintOrIndexLeavingOutThePartitionKeyIsRefused() {
    Identifier events = Identifier.of("events");
    List<PartitionKey> partitioned =
        List.of(new PartitionKey(events, List.of(Identifier.of("at")), false));
    Classifier classifier =
        new Classifier(PG15, List.of(), ClassifierSettings.defaults(), List.of(), partitioned);
    java.util.function.Function<Change, Optional<Hazard>> refusal =
        c ->
            classifier.classify(new ChangeSet(List.of(c), List.of())).get(0).hazards().stream()
                .filter(h -> h.severity() == Severity.ERROR)
                .findFirst();
    Change uniqueWithout =
        new UniqueAdded(
            events, new UniqueConstraint(Identifier.of("events_code_key"), ids("code")));
    Change uniqueWith =
        new UniqueAdded(
            events, new UniqueConstraint(Identifier.of("events_code_at_key"), ids("code", "at")));
    Change indexWithout = new IndexAdded(events, Index.of("events_code_idx", true, "code"));
    Change plainIndex = new IndexAdded(events, Index.of("events_code_idx", false, "code"));

    assertThat(refusal.apply(uniqueWithout))
        .get()
        .extracting(Hazard::message)
        .isEqualTo(
            "events is partitioned by at, which the unique constraint (code) leaves out: the"
                + " database refuses it");
    assertThat(refusal.apply(uniqueWith)).isEmpty();
    assertThat(refusal.apply(indexWithout))
        .get()
        .extracting(Hazard::message)
        .asString()
        .contains("the unique index (code)");
    assertThat(refusal.apply(plainIndex)).isEmpty();
  }

  private static List<Identifier> ids(String... names) {
    return java.util.Arrays.stream(names).map(Identifier::of).toList();
  }
}
