package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnSpellingTest {

  private static Identifier id(String s) {
    return Identifier.of(s);
  }

  private static Table table(String name, List<String> columns, List<ForeignKey> fks) {
    return new Table(
        id(name),
        columns.stream().map(c -> Column.of(c, SqlType.of("bigint"), true)).toList(),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(id(columns.get(0))))),
        List.of(),
        List.of(new Index(id(name + "_ix"), List.of(id(columns.get(1))), false, Optional.empty())),
        fks,
        List.of());
  }

  @Test
  void aColumnSpelledInAnotherCaseIsTheCurrentColumn() {
    ForeignKey fk =
        new ForeignKey(
            id("pet_vet_fk"),
            List.of(id("Vet_id")),
            id("vet"),
            List.of(id("ID")),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    Schema current =
        new Schema(
            List.of(
                table("vet", List.of("id", "name"), List.of()),
                table(
                    "pet",
                    List.of("id", "vet_id"),
                    List.of(
                        new ForeignKey(
                            id("pet_vet_fk"),
                            List.of(id("vet_id")),
                            id("vet"),
                            List.of(id("id")),
                            ReferentialAction.NO_ACTION,
                            ReferentialAction.NO_ACTION)))),
            List.of());
    Schema desired =
        new Schema(
            List.of(
                table("vet", List.of("ID", "name"), List.of()),
                table("pet", List.of("id", "Vet_id"), List.of(fk))),
            List.of());

    assertThat(new Differ().diff(current, desired, List.of()).changes())
        .as("compared exactly")
        .isNotEmpty();
    Schema aligned = ColumnSpelling.alignTo(current, desired);
    assertThat(new Differ().diff(current, aligned, List.of()).changes()).isEmpty();
  }

  @Test
  void aNewColumnOrAnAmbiguousOneKeepsItsSpelling() {
    Schema current =
        new Schema(List.of(table("t", List.of("id", "code", "Code"), List.of())), List.of());
    Schema desired =
        new Schema(List.of(table("t", List.of("id", "CODE", "extra"), List.of())), List.of());
    Schema aligned = ColumnSpelling.alignTo(current, desired);
    assertThat(aligned.tables().get(0).columns())
        .extracting(c -> c.name().value())
        .containsExactly("id", "CODE", "extra");
  }
}
