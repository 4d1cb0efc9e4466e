package dev.autogen.entities;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import java.util.List;
import java.util.Optional;

/** The constants of an enum declared in the sources, in declaration (ordinal) order. */
final class EnumConstants {

  private EnumConstants() {}

  static boolean isEnum(TypeRef type) {
    return type.declaration() instanceof EnumDeclaration;
  }

  static Optional<List<String>> of(Optional<TypeRef> type) {
    return type.filter(EnumConstants::isEnum)
        .map(
            t ->
                ((EnumDeclaration) t.declaration())
                    .getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList());
  }
}
