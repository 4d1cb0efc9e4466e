package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.introspect.Introspection;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.TableStatistics;
import dev.autogen.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema snapshot reads back exactly what it wrote, and says where it cannot read. */
class SchemaSnapshotTest {

  private static Identifier id(String name) {
    return Identifier.of(name);
  }

  private static Introspection everything() {
    Table users =
        new Table(
            id("users"),
            List.of(
                new Column(
                    id("id"),
                    SqlType.of("bigint"),
                    false,
                    Optional.empty(),
                    Optional.of(Identity.BY_DEFAULT)),
                new Column(
                    id("Mixed Case"),
                    SqlType.of("varchar", 40),
                    true,
                    Optional.of("'it''s \"quoted\"'::character varying"),
                    Optional.empty()),
                new Column(
                    id("amount"),
                    SqlType.of("numeric", 38, 2),
                    false,
                    Optional.of("0"),
                    Optional.of(Identity.ALWAYS)),
                Column.of("kind", SqlType.listing("enum", List.of("A", "B'C", "")), true),
                Column.of("select", SqlType.of("timestamp with time zone"), true),
                Column.of("team_id", SqlType.of("bigint"), true)),
            Optional.of(new PrimaryKey(Optional.of(id("users_pkey")), List.of(id("id")))),
            List.of(new UniqueConstraint(id("users_kind_key"), List.of(id("kind"), id("amount")))),
            List.of(
                Index.of("users_kind_idx", false, "kind"),
                Index.of("users_unique_idx", true, "team_id", "Mixed Case"),
                new Index(
                    id("users_lower_idx"),
                    List.of(),
                    true,
                    Optional.of(
                        "CREATE UNIQUE INDEX users_lower_idx ON users (lower(\"Mixed Case\"))"))),
            List.of(
                new ForeignKey(
                    id("users_team_fk"),
                    List.of(id("team_id")),
                    id("team"),
                    List.of(id("id")),
                    ReferentialAction.SET_NULL,
                    ReferentialAction.NO_ACTION)),
            List.of(new Check(id("users_amount_check"), "(amount >= (0)::numeric)\nAND true")));
    Table team =
        new Table(
            id("team"),
            List.of(Column.of("id", SqlType.of("bigint"), false)),
            Optional.of(new PrimaryKey(Optional.empty(), List.of(id("id")))),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new Introspection(
        new Schema(List.of(users, team), List.of(new Sequence(id("users_seq"), 1, 50))),
        List.of(new TableStatistics(id("team"), -1, 8192), new TableStatistics(id("users"), 3, 0)),
        "15",
        "UTC");
  }

  @Test
  void readsBackWhatItWrote() {
    Introspection original = everything();
    String text = SchemaSnapshot.format(original);
    assertThat(SchemaSnapshot.parse(text)).isEqualTo(original);
    assertThat(SchemaSnapshot.format(SchemaSnapshot.parse(text))).isEqualTo(text);
  }

  @Test
  void anEmptySchemaRoundTrips() {
    Introspection empty = new Introspection(Schema.empty(), List.of(), "", "");
    assertThat(SchemaSnapshot.parse(SchemaSnapshot.format(empty))).isEqualTo(empty);
  }

  @Test
  void theTextIsOneLinePerObject() {
    assertThat(SchemaSnapshot.format(everything()))
        .contains(
            "table team\n"
                + "  column id bigint not null\n"
                + "  primary key (id)\n"
                + "table users\n"
                + "  column id bigint not null identity by_default\n"
                + "  column \"Mixed Case\" varchar (40) null default"
                + " \"'it''s \"\"quoted\"\"'::character varying\"\n")
        .contains(
            "  foreign key users_team_fk (team_id) references team (id) on delete set_null"
                + " on update no_action\n")
        .contains("sequence users_seq start 1 increment 50\n");
  }

  @Test
  void anUnreadableLineIsNamed() {
    assertThatThrownBy(() -> SchemaSnapshot.parse("server \"15\"\ntable t\n  column c int maybe\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("expected null");
    assertThatThrownBy(() -> SchemaSnapshot.parse("table t\n  colum c int null\n"))
        .hasMessageContaining("line 2: unexpected colum");
  }
}
