package dev.autogen.renames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityModel;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Join columns renamed with their {@code @ManyToOne} field are a likely rename, as columns are. */
class RenameEvidenceTest {

  private static final SqlType BIGINT = SqlType.of("bigint");

  private static Table orders(String joinColumn, String target) {
    return new Table(
        Identifier.of("orders"),
        List.of(Column.of("id", BIGINT, false), Column.of(joinColumn, BIGINT, true)),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
        List.of(),
        List.of(),
        List.of(
            new ForeignKey(
                Identifier.of("fk_" + joinColumn),
                List.of(Identifier.of(joinColumn)),
                Identifier.of(target),
                List.of(Identifier.of("id")),
                ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION)),
        List.of());
  }

  private static Table referenced(String name) {
    return new Table(
        Identifier.of(name),
        List.of(Column.of("id", BIGINT, false)),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static ChangeSet diff(Table before, Table after) {
    List<Table> common = List.of(referenced("customer"), referenced("supplier"));
    Schema current = new Schema(concat(common, before), List.of());
    Schema desired = new Schema(concat(common, after), List.of());
    return new Differ().diff(current, desired, List.of());
  }

  /** The questions about the changes, with no field-name evidence and no history. */
  private static List<RenameQuestion> questions(ChangeSet changes) {
    EntityModel entities = new EntityModel(new Schema(List.of(), List.of()), List.of(), List.of());
    return new RenameDecider()
        .decide(changes, new RenameEvidence(entities, Optional.empty()))
        .questions();
  }

  private static List<Table> concat(List<Table> tables, Table t) {
    List<Table> all = new java.util.ArrayList<>(tables);
    all.add(t);
    return all;
  }

  @Test
  void joinColumnRenamedWithItsFieldIsALikelyRename() {
    ChangeSet changes = diff(orders("customer_id", "customer"), orders("client_id", "customer"));
    List<RenameQuestion> strong = questions(changes);
    assertThat(strong)
        .extracting(RenameQuestion::rename)
        .containsExactly(
            RenameHint.column(
                Identifier.of("orders"), Identifier.of("customer_id"), Identifier.of("client_id")));
    assertThat(strong.get(0).text())
        .contains("orders.customer_id is dropped and orders.client_id added")
        .contains("join column of a foreign key to the same table")
        .contains("--rename orders.customer_id=client_id");
  }

  @Test
  void joinColumnToAnotherTableIsNoEvidence() {
    ChangeSet changes = diff(orders("customer_id", "customer"), orders("supplier_id", "supplier"));
    assertThat(questions(changes)).isEmpty();
  }
}
