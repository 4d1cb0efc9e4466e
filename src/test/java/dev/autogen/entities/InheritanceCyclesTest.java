package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Cyclic inheritance and entities without an identifier are refused, never looped over. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InheritanceCyclesTest {

  @TempDir Path root;

  @Test
  void entityExtendingItselfIsRefusedNamingItsFile() {
    Sources sources =
        new Sources(root)
            .add(
                "x/A.java",
                "package x; import jakarta.persistence.*; @Entity class A extends A { @Id Long id; }");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageContaining("cyclic inheritance")
        .hasMessageContaining(sources.path("x/A.java").toString());
  }

  @Test
  void twoEntitiesExtendingEachOtherAreRefusedNamingBothFiles() {
    Sources sources =
        new Sources(root)
            .add(
                "x/A.java",
                "package x; import jakarta.persistence.*; @Entity class A extends B { @Id Long id; }")
            .add(
                "x/B.java",
                "package x; import jakarta.persistence.*; @Entity class B extends A { String n; }");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageContaining("cyclic inheritance")
        .hasMessageContaining(sources.path("x/A.java").toString())
        .hasMessageContaining(sources.path("x/B.java").toString());
  }

  @Test
  void genericMappedSuperclassCycleIsRefused() {
    Sources sources =
        new Sources(root)
            .add(
                "x/A.java",
                "package x; import jakarta.persistence.*;"
                    + " @MappedSuperclass class A<T> extends B<T> { @Id Long id; }")
            .add(
                "x/B.java",
                "package x; import jakarta.persistence.*;"
                    + " @MappedSuperclass class B<T> extends A<T> { String n; }")
            .add(
                "x/C.java",
                "package x; import jakarta.persistence.*; @Entity class C extends A<Long> { }");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageContaining("cyclic inheritance")
        .hasMessageContaining(sources.path("x/B.java").toString());
  }

  @Test
  void entityWithoutAnyIdIsRefused() {
    Sources sources =
        new Sources(root)
            .add(
                "x/A.java",
                "package x; import jakarta.persistence.*; @Entity class A { String n; }");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessage(
            sources.path("x/A.java")
                + ":1: entity A has no @Id or @EmbeddedId (Hibernate refuses an entity without an"
                + " identifier)");
  }

  @Test
  void idInheritedFromAMappedSuperclassIsEnough() throws EntityReadException {
    Sources sources =
        new Sources(root)
            .add(
                "x/Base.java",
                "package x; import jakarta.persistence.*;"
                    + " @MappedSuperclass abstract class Base { @Id Long id; }")
            .add(
                "x/A.java",
                "package x; import jakarta.persistence.*; @Entity class A extends Base { String n; }");

    assertThat(Sources.table(sources.read(), "a").primaryKey()).isPresent();
  }
}
