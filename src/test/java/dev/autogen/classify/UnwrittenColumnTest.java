package dev.autogen.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ColumnDefaultChanged;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.model.UnwrittenColumn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13: a column the code leaves to the database must keep its default. */
class UnwrittenColumnTest {

  private static final Identifier USERS = Identifier.of("users");
  private static final Column CREATED =
      Column.of("created_at", SqlType.of("timestamptz", 6), false)
          .withDefault(Optional.of("current_timestamp"));

  private static Assessment classify(List<UnwrittenColumn> unwritten, Column after) {
    ColumnDefaultChanged change = new ColumnDefaultChanged(USERS, CREATED, after);
    return new Classifier(
            PostgresDialect.create(), List.of(), ClassifierSettings.defaults(), unwritten)
        .classify(new ChangeSet(List.of(change), List.of()))
        .get(0);
  }

  @Test
  void droppingTheDefaultOfAColumnTheCodeDoesNotWriteIsBreaking() {
    Assessment a =
        classify(
            List.of(new UnwrittenColumn(USERS, Identifier.of("created_at"))),
            CREATED.withDefault(Optional.empty()));

    assertThat(a.backward().compatibility()).isEqualTo(Compatibility.BREAKING);
    assertThat(a.backward().reason())
        .contains("never writes users.created_at (insertable = false)")
        .contains("fail: users.created_at is NOT NULL");
    assertThat(a.hazards()).extracting(Hazard::code).containsExactly(HazardCode.BREAKS_OLD_CODE);
  }

  @Test
  void aNullableUnwrittenColumnWouldGetNull() {
    Column nullable = CREATED.withNullable(true);
    Assessment a =
        new Classifier(
                PostgresDialect.create(),
                List.of(),
                ClassifierSettings.defaults(),
                List.of(new UnwrittenColumn(USERS, Identifier.of("created_at"))))
            .classify(
                new ChangeSet(
                    List.of(
                        new ColumnDefaultChanged(
                            USERS, nullable, nullable.withDefault(Optional.empty()))),
                    List.of()))
            .get(0);

    assertThat(a.backward().reason()).contains("get NULL in users.created_at");
  }

  @Test
  void aColumnTheCodeWritesOrANewDefaultStaysSafe() {
    assertThat(classify(List.of(), CREATED.withDefault(Optional.empty())).isBreaking()).isFalse();
    assertThat(
            classify(
                    List.of(new UnwrittenColumn(USERS, Identifier.of("created_at"))),
                    CREATED.withDefault(Optional.of("now()")))
                .isBreaking())
        .isFalse();
  }
}
