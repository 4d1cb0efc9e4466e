package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Id} associations of an {@code @IdClass} entity (set id_class_associations). */
class IdClassAssociationTest {

  @TempDir Path root;

  private Sources ticket(String idClassType) {
    return new Sources(root)
        .add(
            "a/Customer.java",
            "package a;\n@jakarta.persistence.Entity class Customer {\n"
                + "  @jakarta.persistence.Id Long id; }\n")
        .add(
            "a/Ticket.java",
            "package a;\nimport jakarta.persistence.*;\n@Entity @IdClass(TicketId.class)\n"
                + "class Ticket {\n  @Id @ManyToOne Customer customer;\n  @Id String code;\n}\n")
        .add(
            "a/TicketId.java",
            "package a;\nclass TicketId implements java.io.Serializable {\n  "
                + idClassType
                + " customer;\n  String code;\n}\n");
  }

  @Test
  void theIdClassBasicTypeTypesTheJoinColumnAsHibernateExportsIt() throws Exception {
    // Hibernate 7.4: customer_id varchar(255) not null, with a foreign key to Customer's bigint
    EntityModel model = ticket("String").read();

    assertThat(column(table(model, "ticket"), "customer_id").type().toString())
        .isEqualTo("varchar(255)");
    assertThat(table(model, "ticket").foreignKeys()).hasSize(1);
  }

  @Test
  void anIdClassTypeLikeTheTargetIdKeepsTheReferencedType() throws Exception {
    EntityModel model = ticket("Long").read();

    assertThat(column(table(model, "ticket"), "customer_id").type().toString()).isEqualTo("bigint");
  }

  @Test
  void aBasicIdClassTypeForATargetWithItsOwnIdClassIsRefusedInOneLine() {
    // Hibernate 7.4 cannot build LineNote: IdClassEmbeddable(app.LineNote#{id}) fails to finish
    Sources sources =
        new Sources(root)
            .add(
                "a/Line.java",
                "package a;\nimport jakarta.persistence.*;\n@Entity @IdClass(LineId.class)\n"
                    + "class Line { @Id Long orderId; @Id int lineNo; }\n")
            .add(
                "a/LineId.java",
                "package a;\nclass LineId implements java.io.Serializable "
                    + "{ Long orderId; int lineNo; }\n")
            .add(
                "a/LineNote.java",
                "package a;\nimport jakarta.persistence.*;\n@Entity @IdClass(LineNoteId.class)\n"
                    + "class LineNote {\n  @Id @ManyToOne Line line;\n  @Id int seq;\n}\n")
            .add(
                "a/LineNoteId.java",
                "package a;\nclass LineNoteId implements java.io.Serializable "
                    + "{ Long line; int seq; }\n");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("a/LineNote.java")
                + ":5: LineNote.line is an @Id association to Line, whose key is @IdClass LineId,"
                + " but LineNoteId.line is Long: Hibernate refuses this mapping (declare it as"
                + " LineId)");
  }
}
