package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.ids;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationMappingTest {

  @TempDir Path root;

  private Sources customers() {
    return new Sources(root)
        .add(
            "shop/Customer.java",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            @Table(name = "customers")
            public class Customer {
              @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
              @Column(name = "customer_code", unique = true) private String code;
              @OneToMany(mappedBy = "customer") private List<Order> orders;
            }
            """);
  }

  @Test
  void manyToOneMakesJoinColumnAndForeignKey() throws Exception {
    Sources sources =
        customers()
            .add(
                "shop/Order.java",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                  @Id private Long id;
                  @ManyToOne private Customer customer;
                  @ManyToOne(optional = false) private Customer payer;
                  @ManyToOne @JoinColumn(name = "by_code", referencedColumnName = "customer_code",
                      nullable = false, foreignKey = @ForeignKey(name = "fk_order_code"))
                  private Customer byCode;
                  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                  private Customer loose;
                }
                """);
    EntityModel model = sources.read();

    Table orders = table(model, "orders");
    assertThat(orders.columns())
        .containsExactly(
            Column.of("id", SqlType.of("bigint"), false),
            Column.of("customer_id", SqlType.of("bigint"), true),
            Column.of("payer_id", SqlType.of("bigint"), false),
            Column.of("by_code", SqlType.of("varchar", 255), false),
            Column.of("loose_id", SqlType.of("bigint"), true));
    assertThat(orders.foreignKeys())
        .containsExactly(
            fk("orders_customer_id_fkey", "customer_id", "customers", "id"),
            fk("orders_payer_id_fkey", "payer_id", "customers", "id"),
            fk("fk_order_code", "by_code", "customers", "customer_code"));
    assertThat(orders.uniques()).isEmpty();
    // the inverse side of a one-to-many maps nothing, so it is not worth a warning
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void oneToOneOwningSideIsUniqueAndInverseSideIsReported() throws Exception {
    Sources sources =
        customers()
            .add(
                "shop/Profile.java",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Profile {
                  @Id private Long id;
                  @OneToOne @JoinColumn(name = "owner") private Customer customer;
                }
                """)
            .add(
                "shop/Card.java",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity
                public class Card {
                  @Id private Long id;
                  @OneToOne(mappedBy = "card") private Profile profile;
                }
                """);
    EntityModel model = sources.read();

    Table profile = table(model, "profile");
    assertThat(column(profile, "owner")).isEqualTo(Column.of("owner", SqlType.of("bigint"), true));
    assertThat(profile.uniques())
        .containsExactly(new UniqueConstraint(Identifier.of("profile_owner_key"), ids("owner")));
    assertThat(profile.foreignKeys())
        .containsExactly(fk("profile_owner_fkey", "owner", "customers", "id"));
    assertThat(table(model, "card").columns())
        .extracting(c -> c.name().value())
        .containsExactly("id");
    // the inverse side maps nothing, as in Hibernate: no column and nothing to warn about
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void springNamingSnakeCasesJoinColumnsAfterTheJpaRule() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "s/UserAccount.java",
                """
                package s;

                import jakarta.persistence.*;

                @Entity public class UserAccount {
                  @Id @Column(name = "accountId") private Long accountId;
                }
                """)
            .add(
                "s/LoginEvent.java",
                """
                package s;

                import jakarta.persistence.*;

                @Entity public class LoginEvent {
                  @Id private Long id;
                  @ManyToOne private UserAccount userAccount;
                }
                """)
            .read(NamingStrategy.SPRING);

    Table events = table(model, "login_event");
    assertThat(column(events, "user_account_account_id").type()).isEqualTo(SqlType.of("bigint"));
    assertThat(events.foreignKeys())
        .containsExactly(
            fk(
                "login_event_user_account_account_id_fkey",
                "user_account_account_id",
                "user_account",
                "account_id"));
  }

  @Test
  void longForeignKeyNamesAreShortenedDeterministically() throws Exception {
    String longField = "aVeryLongRelationshipFieldNameThatKeepsGoingAndGoing";
    EntityModel model =
        customers()
            .add(
                "shop/LongNamedEntityForTesting.java",
                """
                package shop;

                import jakarta.persistence.*;

                @Entity public class LongNamedEntityForTesting {
                  @Id private Long id;
                  @ManyToOne private Customer %s;
                }
                """
                    .formatted(longField))
            .read();

    ForeignKey fk = table(model, "longnamedentityfortesting").foreignKeys().get(0);
    String full = "longnamedentityfortesting_" + longField.toLowerCase() + "_id_fkey";
    assertThat(fk.name().value())
        .hasSize(63)
        .isEqualTo(full.substring(0, 54) + "_" + String.format("%08x", full.hashCode()));
  }

  private static ForeignKey fk(String name, String column, String table, String referenced) {
    return new ForeignKey(
        Identifier.of(name),
        ids(column),
        Identifier.of(table),
        ids(referenced),
        ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION);
  }

  @Test
  void aCollectionTypedByAnInterfaceTakesItsTargetEntity() throws Exception {
    // hawkbit: @ManyToMany(targetEntity = JpaTargetTag.class) Set<TargetTag> tags
    EntityModel model =
        new Sources(root)
            .add("t/Tag.java", "package t; public interface Tag {}")
            .add(
                "t/JpaTag.java",
                """
                package t;
                import jakarta.persistence.*;
                @Entity public class JpaTag implements Tag { @Id Long id; }
                """)
            .add(
                "t/Device.java",
                """
                package t;
                import jakarta.persistence.*;
                import java.util.*;
                @Entity public class Device {
                  @Id Long id;
                  @ManyToMany(targetEntity = JpaTag.class)
                  @JoinTable(name = "device_tag",
                      joinColumns = @JoinColumn(name = "device"),
                      inverseJoinColumns = @JoinColumn(name = "tag"))
                  Set<Tag> tags;
                }
                """)
            .read();

    Table joins = table(model, "device_tag");
    assertThat(joins.columns()).extracting(c -> c.name().value()).contains("device", "tag");
    assertThat(joins.foreignKeys())
        .extracting(f -> f.referencedTable().value())
        .containsExactlyInAnyOrder("device", "jpatag");
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void anIdOnAManyToOneMakesItsJoinColumnPartOfTheKey() throws Exception {
    // hawkbit's RolloutTargetGroup: a derived identity, @IdClass with two @Id @ManyToOne
    EntityModel model =
        new Sources(root)
            .add(
                "d/Group.java",
                """
                package d;
                import jakarta.persistence.*;
                @Entity public class Group { @Id Long id; }
                """)
            .add(
                "d/Target.java",
                """
                package d;
                import jakarta.persistence.*;
                @Entity public class Target { @Id Long id; }
                """)
            .add(
                "d/MemberId.java",
                """
                package d;
                public class MemberId implements java.io.Serializable { Long group; Long target; }
                """)
            .add(
                "d/Member.java",
                """
                package d;
                import jakarta.persistence.*;
                @Entity @IdClass(MemberId.class) public class Member {
                  @Id @ManyToOne @JoinColumn(name = "target") Target target;
                  @Id @ManyToOne @JoinColumn(name = "grp") Group group;
                }
                """)
            .read();

    Table member = table(model, "member");
    assertThat(member.columns())
        .extracting(c -> c.name().value() + (c.nullable() ? "" : " not null"))
        .containsExactlyInAnyOrder("grp not null", "target not null");
    assertThat(member.primaryKey()).isPresent();
    assertThat(member.primaryKey().get().columns()).isEqualTo(ids("grp", "target"));
    assertThat(member.foreignKeys()).hasSize(2);
    assertThat(member.uniques()).isEmpty();
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void aBasicCopyOfAJoinColumnDefinesTheColumnQuietly() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "r/Kind.java",
                """
                package r;
                import jakarta.persistence.*;
                @Entity public class Kind { @Id Long id; }
                """)
            .add(
                "r/Item.java",
                """
                package r;
                import jakarta.persistence.*;
                @Entity public class Item {
                  @Id Long id;
                  @ManyToOne(optional = false) @JoinColumn(name = "kind") Kind kind;
                  @Column(name = "kind", insertable = false, updatable = false) Long kindId;
                  @ManyToOne(optional = false) @JoinColumn(name = "other") Kind other;
                  @Column(name = "other") Long otherId;
                }
                """);
    EntityModel model = sources.read();

    // Hibernate 7 binds the basic columns first and keeps their definition (differential set
    // join_column_copies): both columns are nullable, each relationship keeps its foreign key
    Table item = table(model, "item");
    assertThat(column(item, "kind").nullable()).isTrue();
    assertThat(column(item, "other").nullable()).isTrue();
    assertThat(item.foreignKeys()).hasSize(2);
    assertThat(model.warnings()).isEmpty();
  }
}
