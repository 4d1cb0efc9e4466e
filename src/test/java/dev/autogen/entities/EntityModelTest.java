package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UnwrittenColumn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityModelTest {

  private static final SqlType TIMESTAMP = SqlType.of("datetime", 6);

  private static Schema schema(String table, String column) {
    return new Schema(
        List.of(
            new Table(
                Identifier.of(table),
                List.of(Column.of(column, TIMESTAMP, false)),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        List.of());
  }

  private static EntityModel model(Schema desired, UnwrittenColumn unwritten) {
    return new EntityModel(
        desired,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(unwritten));
  }

  @Test
  void theColumnsTheCodeNeverWritesFollowTheServersSpelling() {
    EntityModel mapped =
        model(
            schema("Ticket", "Created_At"),
            new UnwrittenColumn(Identifier.of("Ticket"), Identifier.of("Created_At")));

    EntityModel folded = mapped.withDesired(schema("ticket", "created_at"));

    assertThat(folded.unwritten())
        .containsExactly(new UnwrittenColumn(Identifier.of("ticket"), Identifier.of("created_at")));
    assertThat(folded.desired().tables()).extracting(Table::name).containsExactly(id("ticket"));
  }

  @Test
  void aSpellingTheSchemaKeepsIsKept() {
    UnwrittenColumn column = new UnwrittenColumn(id("ticket"), id("created_at"));
    EntityModel mapped = model(schema("ticket", "created_at"), column);

    assertThat(mapped.withDesired(schema("ticket", "created_at")).unwritten())
        .containsExactly(column);
    // a table the respelled schema no longer has keeps its column as it was
    assertThat(mapped.withDesired(schema("other", "created_at")).unwritten())
        .containsExactly(column);
  }

  private static Identifier id(String name) {
    return Identifier.of(name);
  }
}
