package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.ids;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Column;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.Sequence;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasicMappingTest {

  @TempDir Path root;

  @Test
  void mapsJavaTypesWithHibernateDefaults() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "shop/Everything.java",
                """
                package shop;

                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import java.math.BigInteger;
                import java.time.*;
                import java.util.UUID;

                @Entity
                public class Everything {
                  @Id private Long id;
                  private boolean flag;
                  private Boolean flagObject;
                  private byte tiny;
                  private short small;
                  private int count;
                  private long big;
                  private float ratio;
                  private Double score;
                  private char initial;
                  private String name;
                  @Column(length = 40) private String code;
                  private BigDecimal amount;
                  @Column(precision = 10, scale = 3) private BigDecimal price;
                  private BigInteger huge;
                  private LocalDate day;
                  private LocalTime at;
                  private LocalDateTime stamp;
                  private Instant instant;
                  private OffsetDateTime offset;
                  private ZonedDateTime zoned;
                  private OffsetTime offsetTime;
                  private UUID uuid;
                  private byte[] data;
                  private Duration duration;
                  @Lob private String text;
                  @Lob private byte[] blob;
                  @Temporal(TemporalType.DATE) private java.util.Date legacyDate;
                  private java.util.Date legacyStamp;
                  private java.sql.Timestamp sqlStamp;
                  static int IGNORED_STATIC;
                  transient int ignoredTransient;
                  @Transient private String ignoredAnnotated;
                }
                """)
            .read();

    Table table = table(model, "everything");
    assertThat(table.columns())
        .extracting(c -> c.name().value() + " " + c.type() + (c.nullable() ? "" : " not null"))
        .containsExactly(
            "id bigint not null",
            "flag boolean not null",
            "flagobject boolean",
            "tiny smallint not null",
            "small smallint not null",
            "count integer not null",
            "big bigint not null",
            "ratio real not null",
            "score double precision",
            "initial char(1) not null",
            "name varchar(255)",
            "code varchar(40)",
            "amount numeric(38,2)",
            "price numeric(10,3)",
            "huge numeric(38,0)",
            "day date",
            "at time(0)",
            "stamp timestamp(6)",
            "instant timestamptz(6)",
            "offset timestamptz(6)",
            "zoned timestamptz(6)",
            "offsettime time(0)",
            "uuid uuid",
            "data bytea",
            "duration numeric(21,0)",
            "text oid",
            "blob oid",
            "legacydate date",
            "legacystamp timestamp(6)",
            "sqlstamp timestamp(6)");
    assertThat(table.primaryKey()).contains(new PrimaryKey(Optional.empty(), ids("id")));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void columnAnnotationControlsNameNullabilityUniqueDefaultAndDefinition() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "a/Account.java",
                """
                package a;

                import jakarta.persistence.Column;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.persistence.Table;
                import org.hibernate.annotations.ColumnDefault;

                @Entity
                @Table(name = "accounts")
                public class Account {
                  @Id @Column(name = "account_id") private Integer id;
                  @Column(name = "EMAIL", nullable = false, unique = true) private String email;
                  @ColumnDefault("'ACTIVE'") private String status;
                  @Column(columnDefinition = "text not null default 'x'") private String notes;
                  @Column(columnDefinition = "numeric(12, 4)") private java.math.BigDecimal rate;
                }
                """)
            .read();

    Table table = table(model, "accounts");
    assertThat(table.columns())
        .containsExactly(
            new Column(
                Identifier.of("account_id"),
                SqlType.of("integer"),
                false,
                Optional.empty(),
                Optional.empty()),
            Column.of("email", SqlType.of("varchar", 255), false),
            Column.of("status", SqlType.of("varchar", 255), true)
                .withDefault(Optional.of("'ACTIVE'")),
            Column.of("notes", SqlType.of("text"), false).withDefault(Optional.of("'x'")),
            Column.of("rate", SqlType.of("numeric", 12, 4), true));
    assertThat(table.uniques())
        .containsExactly(new UniqueConstraint(Identifier.of("accounts_email_key"), ids("email")));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void identityAndSequenceGeneration() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "g/Ids.java",
                """
                package g;

                import jakarta.persistence.*;
                import java.util.UUID;

                @Entity class WithIdentity {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                }
                @Entity class WithAuto {
                  @Id @GeneratedValue Long id;
                }
                @Entity(name = "Seq") class WithSequence {
                  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) int id;
                }
                @Entity class WithGenerator {
                  @Id
                  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gen")
                  @SequenceGenerator(name = "gen", sequenceName = "custom_seq", allocationSize = 1,
                      initialValue = 100)
                  Long id;
                }
                @Entity class WithUuid {
                  @Id @GeneratedValue UUID id;
                }
                """)
            .read();

    assertThat(column(table(model, "withidentity"), "id"))
        .isEqualTo(
            new Column(
                Identifier.of("id"),
                SqlType.of("bigint"),
                false,
                Optional.empty(),
                Optional.of(Identity.BY_DEFAULT)));
    assertThat(column(table(model, "withauto"), "id").identity()).isEmpty();
    assertThat(column(table(model, "withuuid"), "id").type()).isEqualTo(SqlType.of("uuid"));
    assertThat(model.desired().sequences())
        .containsExactly(
            new Sequence(Identifier.of("custom_seq"), 100, 1),
            new Sequence(Identifier.of("seq_seq"), 1, 50),
            new Sequence(Identifier.of("withauto_seq"), 1, 50));
    assertThat(model.idSequences())
        .as("which sequence each generated id draws from, which the database does not record")
        .containsExactlyInAnyOrder(
            new IdSequence(
                Identifier.of("withgenerator"), Identifier.of("id"), Identifier.of("custom_seq")),
            new IdSequence(Identifier.of("seq"), Identifier.of("id"), Identifier.of("seq_seq")),
            new IdSequence(
                Identifier.of("withauto"), Identifier.of("id"), Identifier.of("withauto_seq")));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void sequenceGeneratorsDeclaredOnTheEntityAndStaticImports() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "g/Shared.java",
                """
                package g;
                import jakarta.persistence.*;
                @MappedSuperclass
                @SequenceGenerator(name = "shared", sequenceName = "shared_ids", allocationSize = 10)
                abstract class Shared {}
                """)
            .add(
                "g/Users.java",
                """
                package g;
                import static jakarta.persistence.GenerationType.SEQUENCE;
                import jakarta.persistence.*;
                @Entity
                @SequenceGenerator(name = "users_gen", initialValue = 5)
                class Users {
                  @Id @GeneratedValue(strategy = SEQUENCE, generator = "users_gen") Long id;
                }
                @Entity class Groups {
                  @Id @GeneratedValue(generator = "shared") Long id;
                }
                @Entity class Roles {
                  @Id @GeneratedValue(generator = "undeclared") Long id;
                }
                """)
            .read();

    // Hibernate 7 scopes generators to the entity declaring them: Groups does not see Shared's
    // generator and takes its name as a sequence name (differential set table_generators)
    assertThat(model.desired().sequences())
        .containsExactly(
            new Sequence(Identifier.of("shared"), 1, 50),
            new Sequence(Identifier.of("undeclared"), 1, 50),
            new Sequence(Identifier.of("users_gen"), 5, 50));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void versionColumnsAndBasicOptional() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "v/Doc.java",
                """
                package v;

                import jakarta.persistence.*;
                import java.time.Instant;

                @Entity class Doc {
                  @Id long id;
                  @Version int version;
                  @Version Long bigVersion;
                  @Version Instant stamp;
                  @Basic(optional = false) String title;
                }
                """)
            .read();

    Table table = table(model, "doc");
    assertThat(table.columns())
        .extracting(c -> c.name().value() + " " + c.type() + (c.nullable() ? "" : " not null"))
        .containsExactly(
            "id bigint not null",
            "version integer not null",
            "bigversion bigint not null",
            "stamp timestamptz(6) not null",
            "title varchar(255) not null");
  }

  @Test
  void unknownTypeIsSkippedWithWarning() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "u/Thing.java",
                """
                package u;

                import jakarta.persistence.*;

                @Entity class Thing {
                  @Id Long id;
                  java.util.concurrent.atomic.AtomicLong counter;
                }
                """);
    EntityModel model = sources.read();

    assertThat(table(model, "thing").columns())
        .extracting(c -> c.name().value())
        .containsExactly("id");
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("u/Thing.java")
                + ":7: field 'counter' has type java.util.concurrent.atomic.AtomicLong that"
                + " autogen cannot map yet; field skipped");
  }

  /**
   * Keycloak's entities use enums of other modules (server-spi): autogen can map them once their
   * sources are given, so the warning says what is missing rather than "cannot map yet".
   */
  @Test
  void aTypeNoSourceRootHoldsIsSkippedWithAWarningAskingForItsRoot() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "u/Step.java",
                """
                package u;

                import jakarta.persistence.*;
                import org.other.module.Requirement;

                @Entity class Step {
                  @Id Long id;
                  Requirement requirement;
                }
                """);
    EntityModel model = sources.read();

    assertThat(table(model, "step").columns())
        .extracting(c -> c.name().value())
        .containsExactly("id");
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("u/Step.java")
                + ":8: field 'requirement' has type org.other.module.Requirement, which no entity"
                + " source root holds (an enum of another module? add its root with --entities);"
                + " field skipped");
  }

  @Test
  void columnsTheCodeDoesNotInsertAreListedUnlessAnotherMappingWritesThem() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "u/Owner.java",
                """
                package u;
                import jakarta.persistence.*;
                @Entity public class Owner { @Id Long id; }
                """)
            .add(
                "u/Pet.java",
                """
                package u;
                import jakarta.persistence.*;
                @Entity public class Pet {
                  @Id Long id;
                  @Column(insertable = false, updatable = false) java.time.Instant createdAt;
                  @Column(name = "owner_id", insertable = false, updatable = false) Long ownerId;
                  @ManyToOne @JoinColumn(name = "owner_id") Owner owner;
                  @ManyToOne @JoinColumn(name = "keeper_id", insertable = false, updatable = false)
                  Owner keeper;
                  @Column(insertable = true) String name;
                }
                """)
            .read();

    assertThat(model.unwritten())
        .extracting(u -> u.table().value() + "." + u.column().value())
        .containsExactly("pet.createdat", "pet.keeper_id");
  }

  @Test
  void aReadOnlyFieldOnTheDiscriminatorColumnLeavesItWritten() throws Exception {
    // Hibernate writes the discriminator value on every insert, whatever the field says
    EntityModel model =
        new Sources(root)
            .add(
                "d/Account.java",
                """
                package d;
                import jakarta.persistence.*;
                @Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
                @DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
                @DiscriminatorValue("1")
                public class Account {
                  @Id Long id;
                  @Column(name = "kind", insertable = false, updatable = false) Integer kind;
                }
                """)
            .read();

    assertThat(model.unwritten()).isEmpty();
  }

  @Test
  void preferredInstantJdbcTypeTimestampStoresInstantsWithoutTimeZone() throws Exception {
    // JHipster sets hibernate.type.preferred_instant_jdbc_type=TIMESTAMP
    new Sources(root)
        .add(
            "i/Event.java",
            """
            package i;
            import jakarta.persistence.*;
            @Entity public class Event { @Id Long id; java.time.Instant at; }
            """);
    EntityReader reader = new EntityReader(PostgresDialect.create(), NamingStrategy.JPA);
    assertThat(column(table(reader.read(List.of(root)), "event"), "at").type())
        .hasToString("timestamptz(6)");
    EntityModel timestamp = reader.withPreferredInstantJdbcType("TIMESTAMP").read(List.of(root));
    assertThat(column(table(timestamp, "event"), "at").type()).hasToString("timestamp(6)");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> reader.withPreferredInstantJdbcType("DATE"))
        .hasMessageContaining("preferred_instant_jdbc_type 'DATE' is not supported");
  }
}
