package dev.autogen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which operations change their table in place, where MySQL and MariaDB may copy it. */
class TableAlterationTest {

  private static final Identifier ORDERS = Identifier.of("orders");
  private static final Column QTY = Column.of("qty", SqlType.of("int"), true);

  @Test
  void anAlterTableNamesItsTable() {
    assertThat(new AddColumn(ORDERS, QTY).alteredTable()).contains(ORDERS);
    assertThat(new SetNotNull(ORDERS, QTY).alteredTable()).contains(ORDERS);
    // written DROP FOREIGN KEY, which a copy carries out too
    assertThat(DropConstraint.foreignKey(ORDERS, Identifier.of("fk")).alteredTable())
        .contains(ORDERS);
  }

  @Test
  void statementsWithoutAlgorithmClausesNameNone() {
    assertThat(new ValidateConstraint(ORDERS, Identifier.of("ck")).alteredTable()).isEmpty();
    assertThat(new Backfill(ORDERS, QTY.name(), new Value.Expression("0")).alteredTable())
        .isEmpty();
    // the tool's own copy: the change it carries is judged on its own
    OnlineSchemaChange tool =
        new OnlineSchemaChange(ORDERS, new AddColumn(ORDERS, QTY), 10, "D=test", List.of());
    assertThat(tool.alteredTable()).isEmpty();
    assertThat(tool.change().alteredTable()).isEqualTo(Optional.of(ORDERS));
  }
}
