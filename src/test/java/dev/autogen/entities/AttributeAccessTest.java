package dev.autogen.entities;

import static dev.autogen.entities.Sources.ids;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.PrimaryKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hibernate 7's access rules: which member (field or getter) an attribute is read from. */
class AttributeAccessTest {

  @TempDir Path root;

  @Test
  void aGetterWithAccessPropertyInAFieldAccessClassReplacesItsField() throws Exception {
    // hawkbit's AbstractJpaBaseEntity: @Id on a field, audit columns mapped on getters
    EntityModel model =
        new Sources(root)
            .add(
                "a/Base.java",
                """
                package a;
                import jakarta.persistence.*;
                @MappedSuperclass public abstract class Base {
                  @Id @Column(name = "id") private Long id;
                  private String createdBy;
                  private long createdAt;
                  @Column(name = "created_by", nullable = false, length = 64)
                  @Access(AccessType.PROPERTY)
                  public String getCreatedBy() { return createdBy; }
                  @Column(name = "created_at", nullable = false)
                  @Access(AccessType.PROPERTY)
                  public long getCreatedAt() { return createdAt; }
                  @Column(name = "ignored") public String getIgnored() { return ""; }
                }
                """)
            .add(
                "a/Thing.java",
                """
                package a;
                import jakarta.persistence.*;
                @Entity public class Thing extends Base { String name; }
                """)
            .read();

    assertThat(table(model, "thing").columns())
        .extracting(c -> c.name().value() + " " + c.type() + (c.nullable() ? "" : " not null"))
        .containsExactly(
            "id bigint not null",
            "created_by varchar(64) not null",
            "created_at bigint not null",
            "name varchar(255)");
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void anIdOnAGetterMakesTheHierarchyUsePropertyAccess() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "p/Account.java",
                """
                package p;
                import jakarta.persistence.*;
                @Entity public class Account {
                  private Long code;
                  private String ownerName;
                  private boolean active;
                  private String notMapped;
                  @Id public Long getCode() { return code; }
                  @Column(name = "owner", length = 40) public String getOwnerName() { return ownerName; }
                  public boolean isActive() { return active; }
                  @Transient public String getDisplay() { return ownerName; }
                  public String getURL() { return ""; }
                  public void setCode(Long code) { this.code = code; }
                }
                """)
            .read();

    // fields are not read: notMapped has no getter; getURL is the attribute "URL"
    assertThat(table(model, "account").columns())
        .extracting(c -> c.name().value() + " " + c.type())
        .containsExactlyInAnyOrder(
            "code bigint", "owner varchar(40)", "active boolean", "url varchar(255)");
    assertThat(table(model, "account").primaryKey())
        .contains(new PrimaryKey(Optional.empty(), ids("code")));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void aClassLevelAccessSetsItsOwnAttributesAndAFieldCanOverrideIt() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "c/Audited.java",
                """
                package c;
                import jakarta.persistence.*;
                @MappedSuperclass @Access(AccessType.PROPERTY) public abstract class Audited {
                  private String by;
                  @Access(AccessType.FIELD) @Column(name = "version_no") private int version;
                  @Column(name = "changed_by") public String getBy() { return by; }
                  public int getVersion() { return version; }
                }
                """)
            .add(
                "c/Doc.java",
                """
                package c;
                import jakarta.persistence.*;
                @Entity public class Doc extends Audited {
                  @Id Long id;
                  String title;
                  public String getTitle() { return title; }
                }
                """)
            .read();

    assertThat(table(model, "doc").columns())
        .extracting(c -> c.name().value())
        .containsExactlyInAnyOrder("id", "title", "changed_by", "version_no");
    assertThat(model.warnings()).isEmpty();
  }
}
