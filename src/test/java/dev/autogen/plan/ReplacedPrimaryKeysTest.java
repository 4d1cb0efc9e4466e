package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.diff.PrimaryKeyAdded;
import dev.autogen.diff.PrimaryKeyDropped;
import dev.autogen.model.Identifier;
import dev.autogen.model.PrimaryKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a replaced primary key is decided: one statement on InnoDB, a drop and an add elsewhere.
 */
class ReplacedPrimaryKeysTest {

  private static final Identifier T = Identifier.of("t");
  private static final PrimaryKey OLD =
      new PrimaryKey(Optional.empty(), List.of(Identifier.of("a")));
  private static final PrimaryKey NEW =
      new PrimaryKey(Optional.of(Identifier.of("t_pk")), List.of(Identifier.of("b")));
  private static final List<Change> REPLACED =
      List.of(new PrimaryKeyDropped(T, OLD), new PrimaryKeyAdded(T, NEW));

  private static ReplacedPrimaryKeys of(String dialect, List<Change> changes) {
    Dialect d = Dialects.forName(dialect);
    return ReplacedPrimaryKeys.of(d, ChangesByKind.of(changes));
  }

  @Test
  void onInnoDbTheAddDropsTheOldKeyInItsOwnStatementAndItsUndoPutsItBack() {
    ReplacedPrimaryKeys keys = of("mariadb", REPLACED);
    assertThat(keys.droppedByTheAdd(T)).isTrue();
    PlanItem item = keys.replacing(new Items(null), StepKind.EXPAND, T, NEW).orElseThrow();
    Identifier oldName = Identifier.of("PRIMARY");
    assertThat(item.ops()).containsExactly(AddPrimaryKey.replacing(T, NEW, oldName));
    assertThat(item.undo())
        .containsExactly(
            AddPrimaryKey.replacing(
                T, new PrimaryKey(Optional.of(oldName), OLD.columns()), Identifier.of("t_pk")));
  }

  @Test
  void aKeyOnlyAddedOrADialectThatDropsKeysAloneReplacesNothing() {
    ReplacedPrimaryKeys added = of("mariadb", List.of(new PrimaryKeyAdded(T, NEW)));
    assertThat(added.droppedByTheAdd(T)).isFalse();
    assertThat(added.replacing(new Items(null), StepKind.EXPAND, T, NEW)).isEmpty();
    ReplacedPrimaryKeys postgres = of("postgres", REPLACED);
    assertThat(postgres.droppedByTheAdd(T)).isFalse();
    assertThat(postgres.replacing(new Items(null), StepKind.EXPAND, T, NEW)).isEmpty();
  }
}
