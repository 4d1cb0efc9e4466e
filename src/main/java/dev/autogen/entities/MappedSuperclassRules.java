package dev.autogen.entities;

import java.util.List;

/**
 * Warns of the annotations Hibernate 7 refuses on a {@code @MappedSuperclass} ({@code
 * AnnotationBinder.detectMappedSuperclassProblems}): {@code @Table} and {@code @Inheritance}, which
 * Hibernate 5 ignored, so applications written for it still carry them. autogen ignores them as
 * Hibernate 5 did, but the application will not start on Hibernate 7 until they go.
 */
final class MappedSuperclassRules {

  private static final List<String> REFUSED = List.of("Table", "Inheritance");

  private MappedSuperclassRules() {}

  static void check(MappingContext ctx, TypeRef superclass) {
    for (String name : REFUSED) {
      ctx.jpa(superclass.declaration(), superclass, name)
          .ifPresent(
              a ->
                  ctx.diagnostics()
                      .warn(
                          superclass.file(),
                          a.annotation(),
                          "@"
                              + name
                              + " on mapped superclass "
                              + superclass.simpleName()
                              + " is ignored; Hibernate 7 refuses it (a mapped superclass may not"
                              + " specify one), so remove it"));
    }
  }
}
