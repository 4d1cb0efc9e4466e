package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.Differ;
import dev.autogen.model.*;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Plans for JPA-semantic changes the schema alone does not show: a converted column's type change
 * (flagged for a hand-written conversion) and an id strategy switching between identity and
 * sequence (one shared generator while both versions run).
 */
class JpaSemanticPlanTest {

  private static final Dialect PG = PostgresDialect.create();

  private static Schema users(List<Sequence> sequences, Column... columns) {
    return new Schema(
        List.of(
            new Table(
                Identifier.of("users"),
                List.of(columns),
                Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        sequences);
  }

  private static Column id(Optional<Identity> identity) {
    return Column.of("id", SqlType.of("bigint"), false).withIdentity(identity);
  }

  private static Column active(SqlType type) {
    return Column.of("active", type, false);
  }

  /** The entity sources store {@code users.<column>} through a converter. */
  private static List<ColumnEncoding> yesNo(String column) {
    return List.of(
        ColumnEncoding.converter(Identifier.of("users"), Identifier.of(column), "YesNoConverter"));
  }

  private static MigrationPlan plan(
      Schema current, Schema desired, List<RenameHint> hints, PlanOptions options)
      throws PlanningException {
    return new Planner(PG, options)
        .plan(
            new Classifier(PG, List.of()).classify(new Differ().diff(current, desired, hints)),
            current,
            desired);
  }

  private static List<String> ops(Step step) {
    return step.upgrade().stream().map(Operation::kind).toList();
  }

  private static final Column ID = id(Optional.empty());
  private static final Schema FLAG_AS_CHAR = users(List.of(), ID, active(SqlType.of("varchar", 1)));
  private static final Schema FLAG_AS_INT = users(List.of(), ID, active(SqlType.of("integer")));

  @Test
  void convertedColumnChangingTypeAsksForTheConversion() {
    assertThatThrownBy(
            () ->
                plan(
                    FLAG_AS_CHAR,
                    FLAG_AS_INT,
                    List.of(),
                    PlanOptions.none().withEncodings(yesNo("active"))))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("users.active is stored through the converter YesNoConverter")
        .hasMessageContaining("from varchar(1) to integer")
        .hasMessageContaining("--backfill users.active=");
  }

  @Test
  void convertedColumnConvertsWithTheGivenExpression() throws Exception {
    String expression = "CASE active WHEN 'Y' THEN 1 ELSE 0 END";
    MigrationPlan plan =
        plan(
            FLAG_AS_CHAR,
            FLAG_AS_INT,
            List.of(),
            new PlanOptions(Map.of("users.active", expression)).withEncodings(yesNo("active")));
    AlterColumnType alter = (AlterColumnType) plan.steps().get(0).upgrade().get(0);
    assertThat(alter.using()).isEqualTo(new Value.Expression(expression));
  }

  @Test
  void convertedColumnChangingTypeInARenameIsRefused() {
    Schema renamed =
        users(List.of(), ID, active(SqlType.of("integer")).withName(Identifier.of("enabled")));
    assertThatThrownBy(
            () ->
                plan(
                    FLAG_AS_CHAR,
                    renamed,
                    List.of(
                        RenameHint.column(
                            Identifier.of("users"),
                            Identifier.of("active"),
                            Identifier.of("enabled"))),
                    PlanOptions.none().withEncodings(yesNo("enabled"))))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("then rename in the next");
  }

  @Test
  void sequenceToIdentitySharesTheOldSequenceUntilTheContract() throws Exception {
    Sequence seq = new Sequence(Identifier.of("users_seq"), 1, 50);
    MigrationPlan plan =
        plan(
            users(List.of(seq), ID),
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            List.of(),
            PlanOptions.none());
    assertThat(ops(plan.steps().get(0))).containsExactly("set_sequence_default");
    assertThat(ops(plan.steps().get(1)))
        .containsExactly("drop_default", "add_identity", "drop_sequence");
  }

  @Test
  void identityToSequenceCreatesItPastTheMaximumAndDropsTheIdentityAtOnce() throws Exception {
    Sequence seq = new Sequence(Identifier.of("users_seq"), 1, 50);
    MigrationPlan plan =
        plan(
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            users(List.of(seq), ID),
            List.of(),
            PlanOptions.none());
    Step expand = plan.steps().get(0);
    assertThat(ops(expand))
        .containsExactly("create_sequence", "drop_identity", "set_sequence_default");
    assertThat(((CreateSequence) expand.upgrade().get(0)).restartPast())
        .contains(new CreateSequence.ColumnRef(Identifier.of("users"), Identifier.of("id")));
    assertThat(ops(plan.steps().get(1))).containsExactly("drop_default");
  }

  @Test
  void aSequenceOfAnotherNameIsNotTakenForTheIdsGenerator() throws Exception {
    Sequence other = new Sequence(Identifier.of("invoice_numbers"), 1, 1);
    MigrationPlan plan =
        plan(
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            users(List.of(other), ID),
            List.of(),
            PlanOptions.none());
    assertThat(((CreateSequence) plan.steps().get(0).upgrade().get(0)).restartPast()).isEmpty();
  }

  private static final IdSequence USER_IDS =
      new IdSequence(Identifier.of("users"), Identifier.of("id"), Identifier.of("user_ids"));

  private static Identifier drawsFrom(Step step) {
    return step.upgrade().stream()
        .filter(SetSequenceDefault.class::isInstance)
        .map(op -> ((SetSequenceDefault) op).sequence())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void identityToSequenceDrawsFromTheSequenceTheEntityDeclares() throws Exception {
    Sequence declared = new Sequence(Identifier.of("user_ids"), 1, 50);
    Sequence other = new Sequence(Identifier.of("users_seq"), 1, 50);
    MigrationPlan plan =
        plan(
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            users(List.of(declared, other), ID),
            List.of(),
            PlanOptions.none().withIdSequences(List.of(), List.of(USER_IDS)));
    Step expand = plan.steps().get(0);
    assertThat(drawsFrom(expand)).isEqualTo(Identifier.of("user_ids"));
    assertThat(expand.upgrade())
        .filteredOn(CreateSequence.class::isInstance)
        .extracting(
            op -> ((CreateSequence) op).sequence().name().value(),
            op -> ((CreateSequence) op).restartPast().isPresent())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("user_ids", true),
            org.assertj.core.groups.Tuple.tuple("users_seq", false));
  }

  @Test
  void identityToASequenceThatExistsMovesItPastTheMaximum() throws Exception {
    Sequence shared = new Sequence(Identifier.of("user_ids"), 1, 50);
    MigrationPlan plan =
        plan(
            users(List.of(shared), id(Optional.of(Identity.BY_DEFAULT))),
            users(List.of(shared), ID),
            List.of(),
            PlanOptions.none().withIdSequences(List.of(), List.of(USER_IDS)));
    Step expand = plan.steps().get(0);
    assertThat(ops(expand))
        .containsExactly("drop_identity", "advance_sequence", "set_sequence_default");
    assertThat(expand.upgrade().get(1))
        .isEqualTo(new AdvanceSequence(shared, Identifier.of("users"), Identifier.of("id")));
    assertThat(ops(plan.steps().get(1))).containsExactly("drop_default");
  }

  @Test
  void sequenceToIdentitySharesTheSequenceTheBaseRevisionDeclared() throws Exception {
    Sequence declared = new Sequence(Identifier.of("user_ids"), 1, 50);
    Sequence other = new Sequence(Identifier.of("invoice_numbers"), 1, 1);
    MigrationPlan plan =
        plan(
            users(List.of(declared, other), ID),
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            List.of(),
            PlanOptions.none().withIdSequences(List.of(USER_IDS), List.of()));
    assertThat(drawsFrom(plan.steps().get(0))).isEqualTo(Identifier.of("user_ids"));
    assertThat(ops(plan.steps().get(1)))
        .containsExactly("drop_default", "add_identity", "drop_sequence", "drop_sequence");
  }

  @Test
  void sequenceToIdentityWithoutADeclarationSharesTheOnlySequenceDropped() throws Exception {
    Sequence custom = new Sequence(Identifier.of("user_ids"), 1, 50);
    MigrationPlan plan =
        plan(
            users(List.of(custom), ID),
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            List.of(),
            PlanOptions.none());
    assertThat(drawsFrom(plan.steps().get(0))).isEqualTo(Identifier.of("user_ids"));
  }

  @Test
  void sequenceToIdentityDoesNotGuessBetweenTwoDroppedSequences() throws Exception {
    MigrationPlan plan =
        plan(
            users(
                List.of(
                    new Sequence(Identifier.of("user_ids"), 1, 50),
                    new Sequence(Identifier.of("invoice_numbers"), 1, 1)),
                ID),
            users(List.of(), id(Optional.of(Identity.BY_DEFAULT))),
            List.of(),
            PlanOptions.none());
    assertThat(ops(plan.steps().get(0))).containsExactly("add_identity");
  }

  private static final SqlType OID = SqlType.of("oid");
  private static final SqlType VARCHAR = SqlType.of("varchar", 255);

  @Test
  void lobChangeInPlaceConvertsThroughTheLargeObjectBothWays() throws Exception {
    Column text = Column.of("body", VARCHAR, true);
    Column lob = Column.of("body", OID, true);
    MigrationPlan plan =
        plan(users(List.of(), ID, text), users(List.of(), ID, lob), List.of(), PlanOptions.none());
    Step step = plan.steps().get(0);
    Identifier body = Identifier.of("body");
    assertThat(((AlterColumnType) step.upgrade().get(0)).using())
        .isEqualTo(new Value.Converted(body, VARCHAR, OID));
    assertThat(((AlterColumnType) step.downgrade().get(0)).using())
        .isEqualTo(new Value.Converted(body, OID, VARCHAR));
    assertThat(step.assessments().get(0).hazards())
        .extracting(h -> h.code().name())
        .as("text and large object convert into each other without loss")
        .doesNotContain("IRREVERSIBLE");
  }

  @Test
  void lobChangeInARenameConvertsBothWaysInTheSyncTrigger() throws Exception {
    Column text = Column.of("body", VARCHAR, true);
    Column lob = Column.of("body_lob", OID, true);
    MigrationPlan plan =
        plan(
            users(List.of(), ID, text),
            users(List.of(), ID, lob),
            List.of(
                RenameHint.column(
                    Identifier.of("users"), Identifier.of("body"), Identifier.of("body_lob"))),
            PlanOptions.none());
    CreateSyncTrigger trigger =
        plan.steps().get(0).upgrade().stream()
            .filter(CreateSyncTrigger.class::isInstance)
            .map(CreateSyncTrigger.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(trigger.toNew()).isEqualTo(new Value.Converted(Identifier.of("body"), VARCHAR, OID));
    assertThat(trigger.toOld())
        .isEqualTo(new Value.Converted(Identifier.of("body_lob"), OID, VARCHAR));
  }
}
