package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotation values that name constants kept elsewhere, as real applications keep them. */
class ConstantResolutionTest {

  @TempDir Path root;

  private Sources withConstants() {
    return new Sources(root)
        .add(
            "app/names/Tables.java",
            """
            package app.names;
            public final class Tables {
              public static final String PREFIX = "app_";
              public static final String ADMIN_SETTINGS_TABLE_NAME = PREFIX + "admin_settings";
              public static final class Columns {
                public static final String TITLE = "title_text";
              }
            }
            """)
        .add(
            "app/names/Cols.java",
            """
            package app.names;
            public interface Cols {
              String CREATED = "created" + Suffix.AT;
              interface Suffix { String AT = "_at"; }
            }
            """);
  }

  @Test
  void aConcatenationOfManyPartsIsOneConstant() throws Exception {
    // the cycle guard counts constants gone through, not the parts of one expression (it once
    // refused any concatenation of more than 16 parts)
    EntityModel model =
        new Sources(root)
            .add(
                "app/Wide.java",
                "package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = \""
                    + String.join("\" + \"", "abcdefghijklmnopqrstuvwxyzabcdefghijklmn".split(""))
                    + "\") class Wide { @Id Long id; }\n")
            .read();

    assertThat(table(model, "abcdefghijklmnopqrstuvwxyzabcdefghijklmn")).isNotNull();
  }

  @Test
  void singleStaticImportIsResolved() throws Exception {
    EntityModel model =
        withConstants()
            .add(
                "app/AdminSettings.java",
                """
                package app;
                import static app.names.Tables.ADMIN_SETTINGS_TABLE_NAME;
                import jakarta.persistence.*;
                @Entity @Table(name = ADMIN_SETTINGS_TABLE_NAME)
                public class AdminSettings { @Id Long id; }
                """)
            .read();

    assertThat(table(model, "app_admin_settings").primaryKey()).isPresent();
  }

  @Test
  void onDemandStaticImportAndNestedClassAreResolved() throws Exception {
    EntityModel model =
        withConstants()
            .add(
                "app/Post.java",
                """
                package app;
                import static app.names.Tables.*;
                import app.names.Tables;
                import jakarta.persistence.*;
                @Entity @Table(name = PREFIX + "posts")
                public class Post {
                  @Id Long id;
                  @Column(name = Tables.Columns.TITLE) String title;
                }
                """)
            .read();

    column(table(model, "app_posts"), "title_text");
  }

  @Test
  void interfaceConstantsConcatenatedAndInheritedAreResolved() throws Exception {
    EntityModel model =
        withConstants()
            .add(
                "app/Event.java",
                """
                package app;
                import app.names.Cols;
                import app.names.Tables;
                import jakarta.persistence.*;
                @Entity @Table(name = Tables.PREFIX + "events")
                public class Event implements Cols {
                  @Id Long id;
                  @Column(name = CREATED) java.time.Instant created;
                  @Column(name = app.names.Cols.Suffix.AT + "x") String other;
                }
                """)
            .read();

    column(table(model, "app_events"), "created_at");
    column(table(model, "app_events"), "_atx");
  }

  @Test
  void superclassConstantIsInherited() throws Exception {
    withConstants()
        .add(
            "app/Base.java",
            """
            package app;
            import jakarta.persistence.*;
            @MappedSuperclass public abstract class Base {
              protected static final String ID_COLUMN = "ident";
            }
            """)
        .add(
            "app/Child.java",
            """
            package app;
            import jakarta.persistence.*;
            @Entity public class Child extends Base { @Id @Column(name = ID_COLUMN) Long id; }
            """);
    EntityModel model = new Sources(root).read();

    column(table(model, "child"), "ident");
  }

  @Test
  void unresolvableStaticImportNamesFileAndLine() {
    Sources sources =
        withConstants()
            .add(
                "app/Missing.java",
                """
                package app;
                import static app.names.Tables.NOT_THERE;
                import jakarta.persistence.*;
                @Entity @Table(name = NOT_THERE)
                public class Missing { @Id Long id; }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("app/Missing.java")
                + ":4: @Table: cannot evaluate annotation value NOT_THERE");
  }

  @Test
  void aLongInASumIsAddedNotConcatenated() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "app/Sized.java",
                """
                package app;
                import jakarta.persistence.*;
                @Entity class Sized { @Id Long id; @Column(precision = 1L + 9, scale = 8 / 4) java.math.BigDecimal amount; }
                """)
            .read();

    assertThat(column(table(model, "sized"), "amount").type().toString())
        .isEqualTo("numeric(10,2)");
  }

  @Test
  void aTypeNamedLengthOfAnotherPackageIsNotHibernates() {
    Sources sources =
        new Sources(root)
            .add(
                "app/Capped.java",
                """
                package app;
                import jakarta.persistence.*;
                import other.Length;
                @Entity class Capped { @Id Long id;
                  @Column(length = Length.LONG32) String body; }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("app/Capped.java")
                + ":5: @Column: cannot evaluate annotation value Length.LONG32");
  }
}
