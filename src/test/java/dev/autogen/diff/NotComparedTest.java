package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.View;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotComparedTest {

  private static Index opaque(String name, String definition) {
    return new Index(Identifier.of(name), List.of(), false, Optional.of(definition));
  }

  @Test
  void everyIndexTheDifferCannotModelIsListedWithItsReason() {
    Table users =
        new Table(
            Identifier.of("users"),
            List.of(Column.of("email", SqlType.of("text"), true)),
            Optional.empty(),
            List.of(),
            List.of(
                Index.of("users_email_idx", false, "email"),
                opaque(
                    "users_created_desc",
                    "CREATE INDEX users_created_desc ON s.users USING btree (created DESC)"),
                opaque(
                    "users_active",
                    "CREATE INDEX users_active ON s.users USING btree (email) WHERE (active ="
                        + " true)"),
                opaque(
                    "users_lower",
                    "CREATE UNIQUE INDEX users_lower ON s.users USING btree (lower(email))"),
                opaque("users_doc", "CREATE INDEX users_doc ON s.users USING gin (doc)"),
                opaque("m_prefix", "INDEX `m_prefix` ON `users` (`email`(10))")),
            List.of(),
            List.of());

    assertThat(NotCompared.in(new Schema(List.of(users), List.of())))
        .extracting(n -> n.name().value() + ": " + n.reason())
        .containsExactly(
            "users_created_desc: descending",
            "users_active: partial",
            "users_lower: expression or prefix",
            "users_doc: gin",
            "m_prefix: expression or prefix");
  }

  @Test
  void aMappedViewIsNamedOnceWithItsColumnsAndTheOnesItLacks() {
    Table desired =
        new Table(
            Identifier.of("active_users"),
            List.of(
                Column.of("id", SqlType.of("bigint"), false),
                Column.of("nickname", SqlType.of("text"), true)),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    View view = new View(Identifier.of("active_users"), List.of(Identifier.of("id")));

    NotCompared n =
        NotCompared.in(
                new Schema(List.of(), List.of()),
                List.of(view),
                new Schema(List.of(desired), List.of()))
            .get(0);

    assertThat(n.subject()).isEqualTo("active_users");
    assertThat(n.definition()).isEqualTo("columns id");
    assertThat(n.reason()).isEqualTo("an entity maps this view, which lacks its columns nickname");
  }
}
