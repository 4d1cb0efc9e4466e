package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.TableNameCase;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table names compared as the server's lower_case_table_names says, before the exact differ. */
class TableSpellingTest {

  private static Identifier id(String s) {
    return Identifier.of(s);
  }

  private static Table table(String name, List<ForeignKey> fks) {
    return new Table(
        id(name),
        List.of(Column.of("id", SqlType.of("bigint"), false)),
        Optional.of(new PrimaryKey(Optional.empty(), List.of(id("id")))),
        List.of(),
        List.of(),
        fks,
        List.of());
  }

  private static ForeignKey to(String table) {
    return new ForeignKey(
        id("pet_vet_fk"),
        List.of(id("id")),
        id(table),
        List.of(id("id")),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  private static final Schema CURRENT =
      new Schema(List.of(table("vet", List.of()), table("pet", List.of(to("vet")))), List.of());

  private static final Schema DESIRED =
      new Schema(List.of(table("Vet", List.of()), table("Pet", List.of(to("Vet")))), List.of());

  @Test
  void caseSensitiveServersSeeOtherTables() {
    Schema aligned = TableSpelling.alignTo(CURRENT, DESIRED, TableNameCase.SENSITIVE);
    assertThat(aligned).isEqualTo(DESIRED);
    assertThat(new Differ().diff(CURRENT, aligned, List.of()).changes()).isNotEmpty();
  }

  @Test
  void caseInsensitiveServersSeeTheSameTables() {
    for (TableNameCase rule : List.of(TableNameCase.LOWERED, TableNameCase.INSENSITIVE)) {
      Schema aligned = TableSpelling.alignTo(CURRENT, DESIRED, rule);
      assertThat(aligned).as(rule.name()).isEqualTo(CURRENT);
      assertThat(new Differ().diff(CURRENT, aligned, List.of()).changes())
          .as(rule.name())
          .isEmpty();
    }
  }

  @Test
  void aNewTableKeepsItsSpellingAndAnAmbiguousOneIsLeftAlone() {
    Schema current =
        new Schema(List.of(table("vet", List.of()), table("VET", List.of())), List.of());
    Schema desired =
        new Schema(List.of(table("Vet", List.of()), table("Owner", List.of())), List.of());
    assertThat(TableSpelling.alignTo(current, desired, TableNameCase.INSENSITIVE))
        .isEqualTo(desired);
  }
}
