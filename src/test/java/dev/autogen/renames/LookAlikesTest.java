package dev.autogen.renames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.diff.RenameSuggestion;
import dev.autogen.entities.EntityModel;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Look-alike drop + add pairs become suggestions, never renames. */
class LookAlikesTest {

  private static final SqlType VARCHAR = SqlType.of("varchar", 255);
  private static final SqlType BIGINT = SqlType.of("bigint");
  private static final Identifier USERS = Identifier.of("users");

  private static Table table(Identifier name, Column... extra) {
    List<Column> columns = new java.util.ArrayList<>(List.of(Column.of("id", BIGINT, false)));
    columns.addAll(List.of(extra));
    return new Table(
        name,
        columns,
        Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Schema schema(Table... tables) {
    return new Schema(List.of(tables), List.of());
  }

  private static ChangeSet decide(Schema current, Schema desired, List<RenameHint> hints) {
    EntityModel entities = new EntityModel(desired, hints, List.of());
    return new RenameDecider()
        .decide(
            new Differ().diff(current, desired, hints),
            new RenameEvidence(entities, Optional.empty()))
        .changes();
  }

  @Test
  void aDroppedAndAnAddedColumnOfTheSameTypeLookLikeARename() {
    ChangeSet set =
        decide(
            schema(table(USERS, Column.of("username", VARCHAR, false))),
            schema(table(USERS, Column.of("display_name", VARCHAR, false))),
            List.of());
    assertThat(set.suggestions())
        .singleElement()
        .extracting(RenameSuggestion::renameOption)
        .isEqualTo("users.username=display_name");
  }

  @Test
  void aColumnRenameHintLeavesNothingToSuggest() {
    ChangeSet set =
        decide(
            schema(table(USERS, Column.of("age", SqlType.of("varchar", 10), true))),
            schema(table(USERS, Column.of("age_int", SqlType.of("integer"), true))),
            List.of(RenameHint.column(USERS, Identifier.of("age"), Identifier.of("age_int"))));
    assertThat(set.suggestions()).isEmpty();
  }

  @Test
  void twoAddedColumnsOfTheSameTypeAreNoLookAlike() {
    ChangeSet set =
        decide(
            schema(table(USERS, Column.of("email", VARCHAR, true))),
            schema(
                table(
                    USERS,
                    Column.of("primary_email", VARCHAR, true),
                    Column.of("backup_email", VARCHAR, true))),
            List.of());
    assertThat(set.suggestions()).isEmpty();
  }

  @Test
  void droppedTablesWithTheColumnsOfOneAddedTableLookLikeRenamesInNameOrder() {
    Column email = Column.of("email", VARCHAR, true);
    Column total = Column.of("total", BIGINT, true);
    ChangeSet set =
        decide(
            schema(table(Identifier.of("orders"), total), table(Identifier.of("accounts"), email)),
            schema(
                table(Identifier.of("purchases"), total), table(Identifier.of("customers"), email)),
            List.of());
    assertThat(set.suggestions())
        .extracting(RenameSuggestion::renameOption)
        .containsExactly("accounts=customers", "orders=purchases");
  }
}
