package dev.autogen.entities;

import static dev.autogen.entities.Sources.ids;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Table;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMappingTest {

  @TempDir Path root;

  @Test
  void embeddedFieldsBecomeColumnsWithOverridesNestedAndAsCompositeKey() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "e/Place.java",
                """
                package e;
                import jakarta.persistence.*;
                @Embeddable public class Place {
                  @Column(length = 10) String zip;
                  @Embedded Point point;
                }
                """)
            .add(
                "e/Point.java",
                """
                package e;
                import jakarta.persistence.*;
                @Embeddable public class Point { Double x; }
                """)
            .add(
                "e/Key.java",
                """
                package e;
                import jakarta.persistence.*;
                @Embeddable public class Key { Long b; Integer a; }
                """)
            .add(
                "e/Visit.java",
                """
                package e;
                import jakarta.persistence.*;
                @Entity public class Visit {
                  @EmbeddedId Key id;
                  Place from;
                  @AttributeOverride(name = "zip", column = @Column(name = "to_zip", length = 5))
                  @AttributeOverride(name = "point.x", column = @Column(name = "to_x"))
                  @Embedded Place to;
                }
                """)
            .read();

    Table visit = table(model, "visit");
    assertThat(visit.columns())
        .extracting(c -> c.name().value() + " " + c.type() + (c.nullable() ? "" : " not null"))
        .containsExactly(
            "a integer not null",
            "b bigint not null",
            "x double precision",
            "zip varchar(10)",
            "to_x double precision",
            "to_zip varchar(5)");
    // Hibernate orders an embeddable's attributes by name
    assertThat(visit.primaryKey()).contains(new PrimaryKey(Optional.empty(), ids("a", "b")));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void embeddedTypeOutsideTheSourcesIsReported() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "e/Thing.java",
                """
                package e;
                import jakarta.persistence.*;
                import lib.Elsewhere;
                @Entity public class Thing {
                  @Id Long id;
                  @Embedded Elsewhere part;
                }
                """);
    EntityModel model = sources.read();

    assertThat(table(model, "thing").columns())
        .extracting(c -> c.name().value())
        .containsExactly("id");
    assertThat(model.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.location().line()).isEqualTo(6);
              assertThat(w.message()).contains("lib.Elsewhere").contains("'part' skipped");
            });
  }

  @Test
  void aColumnTwoBasicFieldsMapTakesTheDefinitionHibernateBindsFirst() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "v/Pid.java",
                """
                package v;
                import jakarta.persistence.*;
                @Embeddable public class Pid { Long value; }
                """)
            .add(
                "v/Base.java",
                """
                package v;
                import jakarta.persistence.*;
                @MappedSuperclass public abstract class Base {
                  @Column(name = "s", insertable = false, updatable = false) Long zz;
                }
                """)
            .add(
                "v/Version.java",
                """
                package v;
                import jakarta.persistence.*;
                @Entity public class Version extends Base {
                  @Id @Column(length = 20) String code;
                  @Column(name = "code", length = 50, insertable = false, updatable = false)
                  String alias;
                  @Embedded
                  @AttributeOverride(name = "value",
                      column = @Column(name = "res_id", insertable = false, updatable = false))
                  Pid resourcePid;
                  @Column(name = "res_id", nullable = false, insertable = false, updatable = false)
                  Long resourceId;
                  @Column(name = "len", length = 40, insertable = false, updatable = false)
                  String whiskey;
                  @Column(name = "len", length = 80) String delta;
                  @Column(name = "s", nullable = false) Long aa;
                }
                """)
            .read();

    // Hibernate 7 binds the id first, then superclass levels first, then attributes by name (an
    // embedded one at its attribute's name); the first bound defines the column (differential set
    // two_basic_fields; HAPI FHIR's HFJ_RES_VER.RES_ID)
    Table version = table(model, "version");
    assertThat(Sources.column(version, "code").type().toString()).isEqualTo("varchar(20)");
    assertThat(Sources.column(version, "res_id").nullable()).isFalse();
    assertThat(Sources.column(version, "len").type().toString()).isEqualTo("varchar(80)");
    assertThat(Sources.column(version, "s").nullable()).isTrue();
    assertThat(model.warnings()).isEmpty();
  }

  /** Hibernate 7.4 stops at start-up: "Column 'amount' is duplicated in mapping for entity". */
  @Test
  void twoFieldsThatBothWriteAColumnAreWarned() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "w/Money.java",
                """
                package w;
                import jakarta.persistence.*;
                @Embeddable public class Money { Long amount; }
                """)
            .add(
                "w/Invoice.java",
                """
                package w;
                import jakarta.persistence.*;
                @Entity public class Invoice {
                  @Id Long id;
                  @Embedded Money total;
                  @Column(name = "amount") Long amountCopy;
                }
                """)
            .read();

    assertThat(model.warnings())
        .singleElement()
        .asString()
        .contains("column amount of table invoice is written by two fields of Invoice")
        .contains("insertable = false, updatable = false");
  }
}
