package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The look-up's per-thread cache ends with the read, not with the thread that started it. */
class AnnotationLookupTest {

  @Test
  void aForgottenCacheNoLongerHoldsTheParsedTrees() {
    AnnotationLookup lookup = new AnnotationLookup(new SourceIndex(List.of()));
    WeakReference<CompilationUnit> tree = lookUpOnAFreshTree(lookup);

    // the cache holds the annotation, and through its parents the whole tree
    assertThat(collected(tree)).isFalse();
    lookup.forgetThisThread();
    assertThat(collected(tree)).isTrue();
  }

  private static WeakReference<CompilationUnit> lookUpOnAFreshTree(AnnotationLookup lookup) {
    CompilationUnit unit =
        new JavaParser()
            .parse("package a; import jakarta.persistence.Entity; @Entity class A {}")
            .getResult()
            .orElseThrow();
    SourceFile file = SourceFile.of(Path.of("A.java"), unit);
    TypeDeclaration<?> type = unit.getType(0);
    assertThat(lookup.jpa(type, file, Optional.empty(), "Entity")).isPresent();
    return new WeakReference<>(unit);
  }

  private static boolean collected(WeakReference<?> reference) {
    for (int i = 0; i < 10 && reference.get() != null; i++) {
      System.gc();
    }
    return reference.get() == null;
  }
}
