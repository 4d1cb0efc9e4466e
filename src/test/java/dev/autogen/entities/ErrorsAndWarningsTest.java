package dev.autogen.entities;

import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.model.Identifier;
import dev.autogen.model.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorsAndWarningsTest {

  @TempDir Path root;

  @Test
  void hostileNestingIsRefusedWithTheFileNotAStackOverflow() {
    Sources sources =
        new Sources(root)
            .add(
                "a/Deep.java",
                "package a;\nimport jakarta.persistence.*;\n@Entity class Deep { @Id Long id;\n"
                    + "  int x = "
                    + "- ".repeat(200_000)
                    + "1; }\n");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("a/Deep.java") + ":4: cannot read: nested more than 2000 levels deep");
  }

  @Test
  void hostileNestingJavaParserOverflowsOnIsRefusedWithTheFile() {
    // a record goes to JavaParser, whose recursive descent overflows first
    Sources sources =
        new Sources(root)
            .add(
                "a/Deep.java",
                "package a;\nimport jakarta.persistence.*;\n@Embeddable record Deep(int a) {\n"
                    + "  static int X = "
                    + "- ".repeat(200_000)
                    + "1; }\n");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageStartingWith(sources.path("a/Deep.java") + ":")
        .hasMessageEndingWith("cannot parse: nested too deeply");
  }

  @Test
  void aConcatenationDeeperThanTheReaderReadsNamesFileAndLine() {
    Sources sources =
        new Sources(root)
            .add(
                "a/Long.java",
                "package a;\nimport jakarta.persistence.*;\n@Entity\n@Table(name = "
                    + String.join(" + ", java.util.Collections.nCopies(5_000, "\"a\""))
                    + ")\nclass Long2 { @Id Long id; }\n");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageStartingWith(sources.path("a/Long.java") + ":4: cannot read: nested more than");
  }

  @Test
  void fileThatDoesNotParseNamesFileAndLine() {
    Sources sources =
        new Sources(root)
            .add("ok/Fine.java", "package ok; class Fine {}")
            .add(
                "bad/Broken.java",
                """
                package bad;
                import jakarta.persistence.Entity;
                @Entity class Broken {
                  int x = ;
                }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageStartingWith(sources.path("bad/Broken.java") + ":4: cannot parse: ")
        .satisfies(
            e ->
                assertThat(((EntityReadException) e).location())
                    .isEqualTo(new SourceLocation(sources.path("bad/Broken.java"), 4)));
  }

  @Test
  void unknownEnumConstantInAnnotationFailsWithFileAndLine() {
    Sources sources =
        new Sources(root)
            .add(
                "x/Odd.java",
                """
                package x;
                import jakarta.persistence.*;
                @Entity class Odd {
                  @Id
                  @GeneratedValue(strategy = GenerationType.FOO)
                  Long id;
                }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("x/Odd.java")
                + ":5: @GeneratedValue: unknown GenerationType value 'GenerationType.FOO'"
                + " (known: AUTO, IDENTITY, SEQUENCE, TABLE, UUID)");
  }

  @Test
  void columnDefinitionOfATypeTheDialectDoesNotKnowWarns() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "x/Blob.java",
                """
                package x;
                import jakarta.persistence.*;
                @Entity class Blob {
                  @Id Long id;
                  @Column(columnDefinition = "BINARY(16)") byte[] hash;
                  @Column(columnDefinition = "character varying(20)") String code;
                  @Column(columnDefinition = "timestamp with time zone") java.time.Instant at;
                  @Column(columnDefinition = "jsonb") String doc;
                  @Column(columnDefinition = "int[]") Integer[] ns;
                }
                """);
    EntityModel model = sources.read();

    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("x/Blob.java")
                + ":5: columnDefinition type 'BINARY(16)' is not a postgres type; compared as"
                + " written (fine only if the database defines it: a domain, an enum or an"
                + " extension's type)");
  }

  @Test
  void tableAndInheritanceOnAMappedSuperclassAreIgnoredAndWarnedAsHibernateSevenRefusesThem()
      throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "x/Described.java",
                """
                package x;
                import jakarta.persistence.*;
                @MappedSuperclass
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                @Table(name = "DESCRIPTIONS")
                abstract class Described { String title; }
                """)
            .add(
                "x/Item.java",
                """
                package x;
                import jakarta.persistence.*;
                @Entity class Item extends Described { @Id Long id; }
                """);
    EntityModel model = sources.read();

    assertThat(model.desired().tables()).extracting(t -> t.name().value()).containsExactly("item");
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("x/Described.java")
                + ":4: @Inheritance on mapped superclass Described is ignored; Hibernate 7"
                + " refuses it (a mapped superclass may not specify one), so remove it",
            sources.path("x/Described.java")
                + ":5: @Table on mapped superclass Described is ignored; Hibernate 7 refuses it"
                + " (a mapped superclass may not specify one), so remove it");
  }

  @Test
  void aJoinTableColumnInsertableButNotUpdatableIsWarnedAsHibernateSevenRefusesIt()
      throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "x/Member.java",
                """
                package x;
                import jakarta.persistence.*;
                import java.util.*;
                @Entity class Member {
                  @Id Long id;
                  @ManyToMany
                  @JoinTable(name = "member_group",
                      joinColumns = @JoinColumn(name = "member_id", updatable = false),
                      inverseJoinColumns = @JoinColumn(name = "group_id"))
                  Set<Team> teams;
                  @OneToMany @JoinColumn(name = "member_id", updatable = false) Set<Badge> badges;
                }
                """)
            .add(
                "x/Team.java",
                "package x;\n@jakarta.persistence.Entity class Team { @jakarta.persistence.Id Long id; }\n")
            .add(
                "x/Badge.java",
                "package x;\n@jakarta.persistence.Entity class Badge { @jakarta.persistence.Id Long id; }\n");
    EntityModel model = sources.read();

    assertThat(table(model, "member_group").columns()).hasSize(2);
    // a one-to-many's own join column may be read-only: Hibernate 7 takes it
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("x/Member.java")
                + ":8: join column 'member_id' of collection 'teams' is insertable but not"
                + " updatable; Hibernate 7 refuses that (give both the same value)");
  }

  @Test
  void hibernateFiveTypeByNameIsWarnedAsGoneWithTheWayOut() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "x/Log.java",
                """
                package x;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Type;
                @Entity class Log {
                  @Id Long id;
                  @Type(type = "org.hibernate.type.TextType") String text;
                }
                """);
    EntityModel model = sources.read();

    assertThat(table(model, "log").column(Identifier.of("text")).orElseThrow().type())
        .hasToString("varchar(255)");
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("x/Log.java")
                + ":6: @Type(type = ...) is Hibernate 5's form, which Hibernate 7 no longer has"
                + " (@Type takes a UserType class, @JdbcTypeCode a SqlTypes code: LONGVARCHAR"
                + " for TextType); ignored on field 'text', its Java type decides");
  }

  @Test
  void generatedValueOutsideTheIdCreatesNoSequenceAndIsWarned() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "x/Part.java",
                """
                package x;
                import jakarta.persistence.*;
                @Entity class Part {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                  @GeneratedValue
                  @Column(name = "pos", insertable = false, updatable = false) long pos;
                }
                """);
    EntityModel model = sources.read();

    assertThat(model.desired().sequences()).isEmpty();
    assertThat(model.desired().tables().get(0).column(Identifier.of("pos")).orElseThrow())
        .satisfies(c -> assertThat(c.identity()).isEmpty());
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            sources.path("x/Part.java")
                + ":5: @GeneratedValue on field 'pos', which is not an id, generates nothing"
                + " (Hibernate 7 refuses it, earlier versions ignore it); no sequence or identity"
                + " is created");
  }

  @Test
  void annotationValueThatIsNotAConstantFails() {
    Sources sources =
        new Sources(root)
            .add(
                "x/Dyn.java",
                """
                package x;
                import jakarta.persistence.*;
                @Entity @Table(name = Names.MISSING) class Dyn { @Id Long id; }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("x/Dyn.java")
                + ":3: @Table: cannot evaluate annotation value Names.MISSING");
  }

  @Test
  void unsupportedConstructsAreWarnedWithFileAndLine() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "w/Parent.java",
                """
                package w;
                import jakarta.persistence.*;
                import java.util.*;
                import org.hibernate.annotations.Generated;
                @Entity
                @Inheritance
                @Table(name = "parents", schema = "other")
                public class Parent {
                  @Id Long id;
                  @ManyToMany @MapKey(name = "code") Map<String, Parent> friends;
                  @ElementCollection String[] tags;
                  @Embedded Address address;
                  @Generated String code;
                }
                """)
            .add(
                "w/Child.java",
                """
                package w;
                import jakarta.persistence.*;
                @Entity
                public class Child extends Parent {
                  String extra;
                }
                """)
            .add(
                "w/Getters.java",
                """
                package w;
                import jakarta.persistence.*;
                @Entity
                public class Getters {
                  private Long id;
                  @Id public Long getId() { return id; }
                }
                """);
    EntityModel model = sources.read();

    String parent = sources.path("w/Parent.java").toString();
    assertThat(model.warnings())
        .extracting(Object::toString)
        .containsExactly(
            parent + ":7: @Table(schema = \"other\") is ignored; autogen compares one schema",
            parent
                + ":10: @MapKey of an attribute other than the target's id in a join table is"
                + " not supported yet; field 'friends' has no key",
            parent
                + ":11: @ElementCollection on a String[] (arrays) is not supported yet;"
                + " field 'tags' skipped",
            parent
                + ":12: embeddable Address is not an @Embeddable among the sources; field"
                + " 'address' skipped",
            parent + ":13: @Generated is not supported yet; ignored on field 'code'");
    // a single-table subclass maps into its root's table, next to the discriminator
    assertThat(table(model, "parents").columns())
        .extracting(c -> c.name().value())
        .containsExactlyInAnyOrder("id", "code", "dtype", "extra");
    assertThat(model.desired().tables()).extracting(t -> t.name().value()).doesNotContain("child");
    // @Id on a getter: the class uses property access (Hibernate 7), read without a warning
    assertThat(table(model, "getters").primaryKey()).isPresent();
  }
}
