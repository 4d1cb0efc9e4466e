package dev.autogen.renames;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.FieldColumn;
import dev.autogen.model.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A field gone since the base revision and a new one of the same entity and type: a rename. */
class HistoryRenamesTest {

  private static final SqlType TEXT = SqlType.of("varchar", 255);
  private static final Identifier USERS = Identifier.of("users");

  private static Schema users(Column column) {
    return new Schema(
        List.of(
            new Table(
                USERS,
                List.of(Column.of("id", SqlType.of("bigint"), false), column),
                Optional.of(new PrimaryKey(Optional.empty(), List.of(Identifier.of("id")))),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        List.of());
  }

  private static EntityModel model(Schema schema, FieldColumn... fields) {
    return new EntityModel(
        schema, List.of(), List.of(), List.of(), List.of(), List.of(fields), List.of(), List.of());
  }

  private static FieldColumn field(String column, String entity, String field) {
    return new FieldColumn(USERS, Optional.of(Identifier.of(column)), entity, field);
  }

  private static final Schema EMAIL = users(Column.of("email", TEXT, true));
  private static final Schema MAIL = users(Column.of("mail", TEXT, true));
  private static final DropsAndAdds CHANGES =
      DropsAndAdds.of(new Differ().diff(EMAIL, MAIL, List.of()));
  private static final EntityModel BASE = model(EMAIL, field("email", "c.User", "email"));

  @Test
  void aFieldReplacedByANewOneOfTheSameEntityIsARename() {
    EntityModel head = model(MAIL, field("mail", "c.User", "mail"));
    assertThat(HistoryRenames.of(CHANGES, BASE, head))
        .containsExactly(
            new HistoryRenames.Rename(
                RenameHint.column(USERS, Identifier.of("email"), Identifier.of("mail")),
                "c.User",
                "email",
                "mail"));
  }

  @Test
  void aFieldStillThereOrOfAnotherEntityIsNoEvidence() {
    assertThat(
            HistoryRenames.of(
                CHANGES,
                BASE,
                model(MAIL, field("mail", "c.User", "mail"), field("x", "c.User", "email"))))
        .as("the old field is still declared")
        .isEmpty();
    assertThat(HistoryRenames.of(CHANGES, BASE, model(MAIL, field("mail", "c.Other", "mail"))))
        .as("the new field belongs to another entity mapped to the table")
        .isEmpty();
    assertThat(
            HistoryRenames.of(
                CHANGES,
                model(EMAIL, field("email", "c.User", "email"), field("z", "c.User", "mail")),
                model(MAIL, field("mail", "c.User", "mail"))))
        .as("the new column's field existed at the base")
        .isEmpty();
    assertThat(
            HistoryRenames.of(
                CHANGES,
                model(
                    EMAIL,
                    field("email", "c.User", "email"),
                    new FieldColumn(USERS, Optional.empty(), "c.User", "mail")),
                model(MAIL, field("mail", "c.User", "mail"))))
        .as("the new column's field existed at the base, unmapped (@Transient)")
        .isEmpty();
  }

  @Test
  void aTypeChangeIsNoEvidence() {
    Schema longMail = users(Column.of("mail", SqlType.of("text"), true));
    DropsAndAdds changes = DropsAndAdds.of(new Differ().diff(EMAIL, longMail, List.of()));
    assertThat(HistoryRenames.of(changes, BASE, model(longMail, field("mail", "c.User", "mail"))))
        .isEmpty();
  }
}
