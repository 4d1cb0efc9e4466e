package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.MigrationPlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A columnDefinition's spelling reaches the columns a plan creates or retypes, never a current
 * column that keeps its type.
 */
class DesiredSpellingsTest {

  private static final Identifier VISITS = Identifier.of("visits");
  private static final MigrationPlan NO_STEPS = new MigrationPlan(List.of());

  private static Schema schema(Column... columns) {
    return new Schema(
        List.of(
            new Table(
                VISITS,
                List.of(columns),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        List.of());
  }

  private static ColumnEncoding declared(String column, String type) {
    return new ColumnEncoding(
        VISITS, Identifier.of(column), Optional.empty(), Optional.empty(), Optional.of(type));
  }

  @Test
  void aNewOrRetypedColumnTakesTheDeclaredSpelling() {
    Schema current = schema(Column.of("flag", SqlType.of("int"), true));
    Schema desired =
        schema(
            Column.of("flag", SqlType.of("tinyint"), true),
            Column.of("vaccinated", SqlType.of("tinyint"), true));
    List<ColumnAttributes> spellings =
        DesiredSpellings.of(
            NO_STEPS,
            current,
            desired,
            List.of(declared("flag", "tinyint(1)"), declared("vaccinated", "tinyint(1)")));
    assertThat(spellings)
        .extracting(a -> a.column().value() + " " + a.declaredType().orElseThrow())
        .containsExactly("flag tinyint(1)", "vaccinated tinyint(1)");
  }

  /** A width alone is no change: the current column keeps the spelling the server gave it. */
  @Test
  void aCurrentColumnOfTheSameTypeKeepsItsOwnSpelling() {
    Schema both = schema(Column.of("flag", SqlType.of("tinyint"), true));
    assertThat(DesiredSpellings.of(NO_STEPS, both, both, List.of(declared("flag", "tinyint(1)"))))
        .isEmpty();
  }
}
