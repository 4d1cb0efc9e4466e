package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only files that may hold mappings are parsed up front (issue 18); the others are parsed when a
 * look-up needs a name they may declare, so the read gives what it gave when every file was parsed.
 */
class PreScanTest {

  @TempDir Path root;

  @Test
  void filesWithoutPersistenceNamesAreDeferredTheOthersParsed() {
    assertThat(
            PreScan.mayMap(
                Path.of("A.java"), "package a; import jakarta.persistence.*; class A {}"))
        .isTrue();
    assertThat(PreScan.mayMap(Path.of("A.java"), "package a; @javax.persistence.Entity class A {}"))
        .isTrue();
    assertThat(PreScan.mayMap(Path.of("A.java"), "import org.hibernate.annotations.Type;"))
        .isTrue();
    assertThat(PreScan.mayMap(Path.of("A.java"), "import jakarta.validation.constraints.*;"))
        .isTrue();
    assertThat(PreScan.mayMap(Path.of("package-info.java"), "package a;")).isTrue();
    assertThat(PreScan.mayMap(Path.of("A.java"), "\0\1garbage")).isTrue();
    assertThat(PreScan.mayMap(Path.of("A.java"), "package a; public enum A { X, Y }")).isFalse();
  }

  @Test
  void packageAndDeclaredNamesComeFromTheTextPastComments() {
    String text =
        """
        // header
        /* package wrong; */
        package  com.example . app ;
        import java.util.List;
        /** a class Mentioned in a comment */
        public class Outer {
          enum Inner { A }
          record Pair(int a, int b) {}
          interface Shape {}
        }
        """;
    assertThat(PreScan.packageName(text)).isEqualTo("com.example.app");
    assertThat(PreScan.packageName("import a.B; class C {}")).isEmpty();
    assertThat(PreScan.declaredNames(text))
        .contains("Outer", "Inner", "Pair", "Shape", "Mentioned");
  }

  @Test
  void aBrokenFileNoEntityNeedsIsNotParsedAndTheReadSucceeds() throws Exception {
    Sources sources =
        new Sources(root)
            .add(
                "app/Item.java",
                """
                package app;
                import jakarta.persistence.*;
                @Entity public class Item { @Id Long id; @Enumerated(EnumType.STRING) Kind kind; }
                """)
            .add("app/Kind.java", "package app; public enum Kind { NEW, OLD }")
            .add("app/Service.java", "package app; class Service { void run() { int x = ; } }");

    EntityModel model = sources.read();

    // the enum, deferred, was parsed when the field's type was looked up: its constants are known
    assertThat(Sources.table(model, "item").checks())
        .anySatisfy(c -> assertThat(c.expression()).contains("NEW").contains("OLD"));
  }

  @Test
  void aBrokenFileAnEntityNeedsFailsTheReadNamingIt() {
    Sources sources =
        new Sources(root)
            .add(
                "app/Item.java",
                """
                package app;
                import jakarta.persistence.*;
                @Entity public class Item { @Id Long id; @Enumerated(EnumType.STRING) Kind kind; }
                """)
            .add("app/Kind.java", "package app;\npublic enum Kind { NEW, OLD, }}\n");

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageStartingWith(sources.path("app/Kind.java") + ":2: cannot parse: ");
  }
}
