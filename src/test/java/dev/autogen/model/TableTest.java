package dev.autogen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {

  private static final Column ID = Column.of("id", SqlType.of("bigint"), false);
  private static final Column CODE = Column.of("code", SqlType.of("varchar", 20), true);

  private static Table orders() {
    return new Table(
        Identifier.of("orders"),
        List.of(ID),
        Optional.of(
            new PrimaryKey(
                Optional.of(Identifier.of("orders_pkey")), List.of(Identifier.of("id")))),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void eachWitherReplacesOnlyItsPart() {
    Table table = orders();
    UniqueConstraint unique =
        new UniqueConstraint(Identifier.of("orders_code_key"), List.of(Identifier.of("code")));
    ForeignKey key =
        new ForeignKey(
            Identifier.of("orders_code_fk"),
            List.of(Identifier.of("code")),
            Identifier.of("codes"),
            List.of(Identifier.of("code")),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);

    Table changed =
        table
            .withColumns(List.of(ID, CODE))
            .withUniques(List.of(unique))
            .withForeignKeys(List.of(key));

    assertThat(changed)
        .isEqualTo(
            new Table(
                table.name(),
                List.of(ID, CODE),
                table.primaryKey(),
                List.of(unique),
                List.of(),
                List.of(key),
                List.of()));
    assertThat(table.columns()).containsExactly(ID);
  }
}
