package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;

/** The reader's parser keeps the Java 21 grammar and drops only the language-level pass. */
class ParserSetupTest {

  @Test
  void dropsExactlyTheValidatingProcessor() {
    int all = new ParserConfiguration().getProcessors().size();

    assertThat(ParserSetup.configuration().getProcessors()).hasSize(all - 1);
    // the validator would report two access modifiers; the grammar accepts them
    ParseResult<CompilationUnit> result =
        new JavaParser(ParserSetup.configuration()).parse("class A { private public int x; }");
    assertThat(result.getProblems()).isEmpty();
  }

  @Test
  void keepsTheJava21Grammar() {
    ParseResult<CompilationUnit> result =
        new JavaParser(ParserSetup.configuration())
            .parse(
                """
                record R(int a) {
                  String f(Object o) {
                    return switch (o) {
                      case Integer i when i > 0 -> { yield "p"; }
                      default -> "o";
                    };
                  }
                }
                """);
    assertThat(result.getProblems()).isEmpty();
    assertThat(result.getResult().orElseThrow().getType(0).isRecordDeclaration()).isTrue();
  }
}
