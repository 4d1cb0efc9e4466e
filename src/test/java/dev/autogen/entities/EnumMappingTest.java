package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.encoding;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Check;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnumMappingTest {

  @TempDir Path root;

  @Test
  void ordinalAndStringEnumsGetHibernateChecks() throws Exception {
    EntityModel model =
        new Sources(root)
            .add("e/Status.java", "package e; public enum Status { NEW, PAID, SHIPPED }")
            .add(
                "e/Ticket.java",
                """
                package e;
                import jakarta.persistence.*;
                @Entity public class Ticket {
                  public enum Priority { LOW, HIGH; int weight() { return 1; } }
                  @Id Long id;
                  Status plain;
                  @Enumerated(EnumType.STRING) Status named;
                  @Enumerated(EnumType.STRING) @Column(length = 20, nullable = false) Priority priority;
                  @Enumerated Priority rank;
                }
                """)
            .read();

    Table table = table(model, "ticket");
    assertThat(column(table, "plain").type()).isEqualTo(SqlType.of("smallint"));
    assertThat(column(table, "named").type()).isEqualTo(SqlType.of("varchar", 255));
    assertThat(column(table, "priority").type()).isEqualTo(SqlType.of("varchar", 20));
    assertThat(column(table, "priority").nullable()).isFalse();
    assertThat(column(table, "rank").type()).isEqualTo(SqlType.of("smallint"));
    // the constants in declaration order, for conversions between ordinals and names
    assertThat(encoding(model, "ticket", "plain").enumConstants())
        .contains(List.of("NEW", "PAID", "SHIPPED"));
    assertThat(encoding(model, "ticket", "priority").enumConstants())
        .contains(List.of("LOW", "HIGH"));
    assertThat(encoding(model, "ticket", "id").enumConstants()).isEmpty();
    assertThat(table.checks())
        .containsExactly(
            new Check(Identifier.of("ticket_plain_check"), "plain<=2 and plain>=0"),
            new Check(Identifier.of("ticket_named_check"), "named in ('NEW','PAID','SHIPPED')"),
            new Check(Identifier.of("ticket_priority_check"), "priority in ('HIGH','LOW')"),
            new Check(Identifier.of("ticket_rank_check"), "rank<=1 and rank>=0"));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void enumWithoutSourceIsMappedWithoutCheckAndWarned() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "e/Shipment.java",
                """
                package e;
                import jakarta.persistence.*;
                import com.vendor.Carrier;
                @Entity public class Shipment {
                  @Id Long id;
                  @Enumerated(EnumType.STRING) Carrier carrier;
                }
                """);
    EntityModel model = sources.read();

    Table table = table(model, "shipment");
    assertThat(column(table, "carrier").type()).isEqualTo(SqlType.of("varchar", 255));
    assertThat(table.checks()).isEmpty();
    assertThat(encoding(model, "shipment", "carrier").enumConstants()).isEmpty();
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("e/Shipment.java")
                + ":6: enum com.vendor.Carrier is not among the sources; its check constraint is"
                + " skipped");
  }
}
