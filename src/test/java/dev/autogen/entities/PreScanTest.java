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

  @Test
  void importsAreReadFromTheTextAndBlankedKeepingLineNumbers() {
    String text =
        """
        /* licence */
        package a.b;

        import jakarta.persistence.Entity;
        import static java.util.Map . entry ;
        import jakarta.persistence.*;
        import static a.b.C.*; // trailing
        @Entity class A {}
        """;

    PreScan.Header header = PreScan.header(text).orElseThrow();

    assertThat(header.imports())
        .containsExactly(
            new PreScan.Import("jakarta.persistence.Entity", false, false),
            new PreScan.Import("java.util.Map.entry", true, false),
            new PreScan.Import("jakarta.persistence", false, true),
            new PreScan.Import("a.b.C", true, true));
    assertThat(header.body())
        .isEqualTo("/* licence */\npackage a.b;\n\n\n\n\n // trailing\n@Entity class A {}\n");
    assertThat(header.body().lines().count()).isEqualTo(text.lines().count());
  }

  @Test
  void anUnusualHeaderIsLeftToTheParser() {
    assertThat(PreScan.header("@Deprecated package a; import a.b.C; class A {}")).isEmpty();
    assertThat(PreScan.header("package a; import a.\\u0042; class A {}")).isEmpty();
    assertThat(PreScan.header("package a; import a.; class A {}")).isEmpty();
    assertThat(PreScan.header("package a; import a.b.* x; class A {}")).isEmpty();
    assertThat(PreScan.header("package a; import a.b")).isEmpty();
    assertThat(PreScan.header("class A {}")).isEmpty();
  }

  @Test
  void aSyntaxErrorAfterTheImportsIsReportedOnItsLine() {
    Sources sources =
        new Sources(root)
            .add(
                "app/Broken.java",
                """
                package app;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                @Entity class Broken { @Id Long id;; int = ; }
                """);

    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageStartingWith(sources.path("app/Broken.java") + ":4: cannot parse: ");
  }
}
