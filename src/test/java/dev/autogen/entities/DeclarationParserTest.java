package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The declaration parser gives JavaParser's tree, pruned, with JavaParser's lines, for every file
 * of real code it accepts: the fixtures (entities nobody here wrote among them), this repository's
 * own sources and tests. A file it does not accept is parsed by JavaParser, so the only way to be
 * wrong is to accept a file and build another tree, which this test looks for node by node.
 */
class DeclarationParserTest {

  @Test
  void acceptedFilesGiveJavaParsersTreeAndLines() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("fixtures", "src/main/java", "src/test/java", "bench/src")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    JavaParser javaParser = new JavaParser(ParserSetup.configuration());
    int accepted = 0;
    int fixtureEntities = 0;
    int fixtureEntitiesAccepted = 0;
    List<String> differences = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      String body = PreScan.header(text).map(PreScan.Header::body).orElse(text);
      boolean entity = file.startsWith("fixtures") && text.contains("@Entity");
      fixtureEntities += entity ? 1 : 0;
      Optional<CompilationUnit> ours = DeclarationParser.parse(body);
      if (ours.isEmpty()) {
        continue;
      }
      ParseResult<CompilationUnit> theirs = javaParser.parse(body);
      if (!theirs.isSuccessful()) {
        differences.add(file + ": accepted, but JavaParser refuses it");
        continue;
      }
      accepted++;
      fixtureEntitiesAccepted += entity ? 1 : 0;
      CompilationUnit expected = theirs.getResult().orElseThrow();
      new TreePruner().prune(expected);
      CompilationUnit actual = ours.get();
      new TreePruner().prune(actual);
      if (!expected.equals(actual)) {
        differences.add(file + ": another tree\n" + expected + "\n---\n" + actual);
        continue;
      }
      compareLines(file, expected, actual, differences);
    }
    assertThat(differences).isEmpty();
    // most of the fixtures' entities take the fast path: this test compares real trees
    assertThat(fixtureEntitiesAccepted).isGreaterThan(fixtureEntities / 2);
    assertThat(accepted).isGreaterThan(files.size() / 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "package a;\r\n\r\n@Entity\r\nclass A {\r\n  @Column(name = \"x\")\r\n  int x;\r\n}\r\n",
        "\n\npackage a;\nclass A {}",
        "\n\n// x\nclass A {}",
        "package a;\r\r@Entity\rclass A {\r  @Column(name = \"x\")\r  int x;\r}\r",
        "\n\n/* a\n licence */\npackage a;\n/** doc\n */\n@Table(name = P + \"t\", indexes = {@Index(columnList"
            + " = \"a, b\")})\nclass A<T extends B & C> extends B<T> implements D, E.F<G<?>> {\n"
            + "  static final long L = -1L;\n  @Id @GeneratedValue private java.util.UUID id;\n"
            + "  private List<? super T> xs = new ArrayList<>();\n  private int[][] m;\n"
            + "  protected A(final String s, int... v) throws X, Y { this.s = s; }\n"
            + "  public <R> R get(Class<R> c) { return null; }\n  abstract void f();\n"
            + "  static { init(); }\n  enum K { A(1, 'c'), B(2, '\\n'); K(int i, char c) {} }\n"
            + "  interface I extends J, K { default int x() { return 1; } }\n"
            + "  private LocalDate d = LocalDate.now().plusDays(1);\n  Class<?> k = int.class;\n"
            + "  Class<?> q = java.util.List.class; double v = 1.5e3; long h = 0xFFL; }\n",
      })
  void sameTreeAndLinesAsJavaParser(String source) {
    CompilationUnit actual = DeclarationParser.parse(source).orElseThrow();
    CompilationUnit expected =
        new JavaParser(ParserSetup.configuration()).parse(source).getResult().orElseThrow();
    new TreePruner().prune(expected);
    new TreePruner().prune(actual);
    List<String> differences = new ArrayList<>();

    assertThat(actual).isEqualTo(expected);
    compareLines(Path.of("source"), expected, actual, differences);
    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "record R(int a) {}",
        "@interface A { int x() default 1; }",
        "class A { Runnable r = () -> {}; }",
        "class A { Object o = new Object() {}; }",
        "class A { int x = 1 * 2; }",
        "class A { String s = \"\"\"\n  x\n  \"\"\"; }",
        "class A { String s = \"\\u0041\"; }",
        "class A { java.util.List<@Deprecated String> xs; }",
        "class A { int a, b; }",
        "class A { int a[]; }",
        "enum E { A { } }",
        "sealed class A permits B {}",
        "class A { void f() { if (x) { }",
        "class A { int x = ; }",
        "class A { void f(int a,) {} }",
        "enum E { A(1,) }",
        "class A { Object o = new X(1,); }",
      })
  void anythingElseIsLeftToJavaParser(String source) {
    assertThat(DeclarationParser.parse(source)).isEmpty();
  }

  private static void compareLines(Path file, Node expected, Node actual, List<String> out) {
    int e = expected.getRange().map(r -> r.begin.line).orElse(-1);
    int a = actual.getRange().map(r -> r.begin.line).orElse(-1);
    if (e != a) {
      out.add(
          file
              + ": "
              + expected.getClass().getSimpleName()
              + " '"
              + expected
              + "' begins on line "
              + e
              + ", not "
              + a);
      return;
    }
    List<Node> ec = expected.getChildNodes();
    List<Node> ac = actual.getChildNodes();
    if (ec.size() != ac.size()) {
      out.add(file + ": children of " + expected.getClass().getSimpleName() + " differ");
      return;
    }
    for (int i = 0; i < ec.size(); i++) {
      compareLines(file, ec.get(i), ac.get(i), out);
    }
  }
}
