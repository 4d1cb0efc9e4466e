package dev.autogen.it;

import static dev.autogen.it.RolloutRunner.count;
import static dev.autogen.it.RolloutRunner.sqlOf;
import static dev.autogen.it.RolloutRunner.writtenReadable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import dev.autogen.plan.PlanOptions;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An id strategy switching between SEQUENCE and IDENTITY, rolled out while an old-code and a
 * new-code workload insert: the version on the SEQUENCE strategy draws blocks of 50 ids from {@code
 * accounts_seq} as Hibernate's pooled optimizer does (ids {@code v-49 .. v} for a value {@code v}),
 * the version on IDENTITY leaves the id out. Both must get ids no row holds (no duplicate key while
 * both run), the sequence must not be dropped while the old version still calls it, and the schema
 * after the last step matches the new mapping (a new plan is empty).
 */
class IdStrategyWorkloadIT {

  private static final int EXISTING_ROWS = 1_000;

  private static final String IDENTITY = "INSERT INTO accounts (name) VALUES (?) RETURNING id";

  private static final Sequence SEQ = new Sequence(Identifier.of("accounts_seq"), 1, 50);

  @Test
  void sequenceToIdentityDrawsFromTheOldSequenceUntilTheContract() throws Exception {
    sequenceToIdentity(50, "accounts_seq", "", PlanOptions.none());
  }

  /** Without a pool the old version's next id is the one right past the maximum. */
  @Test
  void sequenceToIdentityWithAllocationSizeOne() throws Exception {
    sequenceToIdentity(1, "accounts_seq", "", PlanOptions.none());
  }

  /**
   * A {@code @SequenceGenerator(sequenceName)} in the base revision's entities names the sequence
   * the old version calls; another sequence the plan drops is not mistaken for it.
   */
  @Test
  void sequenceToIdentityDrawsFromTheSequenceTheBaseRevisionDeclared() throws Exception {
    sequenceToIdentity(
        50,
        "account_ids",
        "CREATE SEQUENCE invoice_numbers;",
        PlanOptions.none()
            .withIdSequences(
                List.of(
                    new IdSequence(
                        Identifier.of("accounts"),
                        Identifier.of("id"),
                        Identifier.of("account_ids"))),
                List.of()));
  }

  /**
   * The old version takes blocks of {@code allocation} ids from a sequence incrementing by as much,
   * the new one leaves the id to the identity.
   */
  private static void sequenceToIdentity(
      int allocation, String sequence, String otherSetup, PlanOptions options) throws Exception {
    Workload old =
        accounts(
            "old",
            "INSERT INTO accounts (id, name) VALUES (nextval('"
                + sequence
                + "') - "
                + (allocation - 1)
                + ", ?) RETURNING id");
    Workload neu = accounts("new", IDENTITY);
    UnaryOperator<Schema> desired =
        current -> withSequences(identity(current, Optional.of(Identity.BY_DEFAULT)), List.of());
    inSchema(
        (c, schema) -> {
          List<PlannedSteps.StepFile> steps =
              RolloutRunner.in(c, schema)
                  .run(
                      otherSetup
                          + "CREATE SEQUENCE "
                          + sequence
                          + " START WITH 1 INCREMENT BY "
                          + allocation
                          + ";"
                          + " CREATE TABLE accounts (id bigint PRIMARY KEY,"
                          + " name varchar(255) NOT NULL);"
                          + " INSERT INTO accounts SELECT g, 'account ' || g"
                          + " FROM generate_series(1, "
                          + EXISTING_ROWS
                          + ") g; SELECT setval('"
                          + sequence
                          + "', "
                          + EXISTING_ROWS
                          + "); ANALYZE accounts",
                      desired,
                      List.of(),
                      options,
                      old,
                      neu);
          assertThat(steps.get(0).sql())
              .as("the new version's inserts draw from the sequence the old version calls")
              .contains("SET DEFAULT nextval('" + sequence + "')")
              .doesNotContain("DROP SEQUENCE");
          assertThat(sqlOf(steps, "contract"))
              .as("the sequence goes once the old version is gone")
              .contains("DROP SEQUENCE " + sequence)
              .contains("AS IDENTITY");
          assertThat(count(c, "SELECT count(*) FROM accounts")).isEqualTo(expectedRows(old, neu));
          writtenReadable(c, neu, old, neu);
          assertThat(PlannedSteps.plan(c, schema, desired, List.of(), PlanOptions.none()))
              .as("the schema matches the new mapping")
              .isEmpty();
          long max = count(c, "SELECT max(id) FROM accounts");
          assertThat(count(c, "INSERT INTO accounts (name) VALUES ('after') RETURNING id"))
              .as("the identity continues past the largest id")
              .isGreaterThan(max);
        });
  }

  @Test
  void identityToSequenceStartsPastTheLargestIdAndSharesItWithTheOldVersion() throws Exception {
    identityToSequence(
        "",
        "accounts_seq",
        current -> withSequences(identity(current, Optional.empty()), List.of(SEQ)),
        PlanOptions.none(),
        steps -> {
          assertThat(steps.get(0).sql())
              .contains("CREATE SEQUENCE accounts_seq")
              .contains("DROP IDENTITY")
              .contains("SET DEFAULT nextval('accounts_seq')");
          assertThat(sqlOf(steps, "contract")).contains("DROP DEFAULT");
        });
  }

  /**
   * The new version draws from a sequence that exists and stays (shared with other tables), whose
   * value is behind the table's largest id: it must be moved past it, never back.
   */
  @Test
  void identityToAnExistingSequenceMovesItPastTheLargestId() throws Exception {
    identityToSequence(
        "CREATE SEQUENCE shared_ids START WITH 1 INCREMENT BY 50; SELECT setval('shared_ids', 101);",
        "shared_ids",
        current -> identity(current, Optional.empty()),
        PlanOptions.none()
            .withIdSequences(
                List.of(),
                List.of(
                    new IdSequence(
                        Identifier.of("accounts"),
                        Identifier.of("id"),
                        Identifier.of("shared_ids")))),
        steps ->
            assertThat(steps.get(0).sql())
                .doesNotContain("CREATE SEQUENCE")
                .contains("setval('shared_ids'")
                .contains("SET DEFAULT nextval('shared_ids')"));
  }

  /**
   * The old version leaves the id to the identity, the new one takes pooled blocks from {@code
   * sequence}: the new version's ids must pass the existing ones, no row is lost, and the schema
   * ends as the new mapping asks.
   */
  private static void identityToSequence(
      String sequenceSetup,
      String sequence,
      UnaryOperator<Schema> desired,
      PlanOptions options,
      java.util.function.Consumer<List<PlannedSteps.StepFile>> planChecks)
      throws Exception {
    Workload old = accounts("old", IDENTITY);
    // a fresh block's first id, as a pooled optimizer hands it out
    Workload neu =
        accounts(
            "new",
            "INSERT INTO accounts (id, name) VALUES (nextval('"
                + sequence
                + "') - 49, ?) RETURNING id");
    inSchema(
        (c, schema) -> {
          List<PlannedSteps.StepFile> steps =
              RolloutRunner.in(c, schema)
                  .run(
                      sequenceSetup
                          + " CREATE TABLE accounts (id bigint GENERATED BY DEFAULT AS IDENTITY"
                          + " PRIMARY KEY, name varchar(255) NOT NULL);"
                          + " INSERT INTO accounts (name) SELECT 'account ' || g"
                          + " FROM generate_series(1, "
                          + EXISTING_ROWS
                          + ") g; ANALYZE accounts",
                      desired,
                      List.of(),
                      options,
                      old,
                      neu);
          planChecks.accept(steps);
          for (long id : neu.ids()) {
            assertThat(id)
                .as("the sequence hands out ids past the existing ones")
                .isGreaterThan(EXISTING_ROWS);
          }
          assertThat(count(c, "SELECT count(*) FROM accounts")).isEqualTo(expectedRows(old, neu));
          writtenReadable(c, neu, old, neu);
          assertThat(PlannedSteps.plan(c, schema, desired, List.of(), options))
              .as("the schema matches the new mapping")
              .isEmpty();
        });
  }

  private static Workload accounts(String version, String insert) {
    return new Workload(
        version,
        insert,
        "UPDATE accounts SET name = ? WHERE id = ?",
        "SELECT name FROM accounts WHERE id = ?");
  }

  private static Schema identity(Schema current, Optional<Identity> identity) {
    return SchemaEdits.column(current, "accounts", "id", col -> col.withIdentity(identity));
  }

  private static Schema withSequences(Schema s, List<Sequence> sequences) {
    return new Schema(s.tables(), sequences);
  }

  private static long expectedRows(Workload old, Workload neu) {
    return EXISTING_ROWS + old.written().size() + neu.written().size();
  }

  private static void inSchema(LocalPostgres.SchemaWork work) throws Exception {
    LocalPostgres.inSchema("it_idstrategy", work);
  }
}
