package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The warm-up swallows its failures (a command must not fail for it), so this is where a warm-up
 * that stopped mapping anything would show: it must read its entity as a read of a file would.
 */
class ReadingWarmUpTest {

  @Test
  void theWarmUpMapsItsEntityLikeAnyRead() {
    EntityModel model = ReadingWarmUp.read(PostgresDialect.create());

    assertThat(model.warnings()).isEmpty();
    assertThat(model.desired().tables()).extracting(Table::name).containsExactly(id("warm_up"));
    Table table = model.desired().tables().get(0);
    assertThat(table.columns())
        .extracting(Column::name)
        .containsExactlyInAnyOrder(
            id("id"), id("parent_id"), id("code"), id("amount"), id("kind"), id("createdat"));
    assertThat(table.foreignKeys()).hasSize(1);
    assertThat(table.indexes()).isNotEmpty();
  }

  private static Identifier id(String name) {
    return Identifier.of(name);
  }
}
