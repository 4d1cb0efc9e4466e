package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.*;
import dev.autogen.model.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTouchTest {

  private static final Identifier ORDERS = Identifier.of("orders");
  private static final Identifier TOTAL = Identifier.of("total");
  private final ColumnTouch touch = new ColumnTouch(ORDERS, TOTAL);

  @Test
  void theColumnItselfAndConstraintsOverItTouchIt() {
    Column total = Column.of("total", SqlType.of("integer"), true);
    assertThat(new ColumnNullabilityChanged(ORDERS, total, total.withNullable(false)).accept(touch))
        .isTrue();
    assertThat(new IndexAdded(ORDERS, Index.of("orders_total_idx", false, "total")).accept(touch))
        .isTrue();
    assertThat(
            new CheckDropped(ORDERS, new Check(Identifier.of("c"), "\"total\" > 0")).accept(touch))
        .isTrue();
    assertThat(new TableRenamed(Identifier.of("old_orders"), ORDERS).accept(touch)).isTrue();
  }

  @Test
  void aForeignKeyTouchesTheColumnsItReferences() {
    ForeignKey fk =
        new ForeignKey(
            Identifier.of("lines_total_fkey"),
            List.of(Identifier.of("order_total")),
            ORDERS,
            List.of(TOTAL),
            ReferentialAction.NO_ACTION,
            ReferentialAction.NO_ACTION);
    assertThat(new ForeignKeyAdded(Identifier.of("lines"), fk).accept(touch)).isTrue();
  }

  @Test
  void otherColumnsAndTablesDoNot() {
    Column other = Column.of("note", SqlType.of("text"), true);
    assertThat(new ColumnAdded(ORDERS, other).accept(touch)).isFalse();
    assertThat(new ColumnAdded(Identifier.of("lines"), other.withName(TOTAL)).accept(touch))
        .isFalse();
    assertThat(new IndexAdded(ORDERS, Index.of("orders_note_idx", false, "note")).accept(touch))
        .isFalse();
    assertThat(new CheckAdded(ORDERS, new Check(Identifier.of("c"), "totals > 0")).accept(touch))
        .isFalse();
  }
}
