package dev.autogen.entities;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;

/**
 * A type declared in the parsed sources.
 *
 * @param qualifiedName package, enclosing types and name joined with dots
 * @param enclosing the type this one is nested in, if any
 */
record TypeRef(
    SourceFile file,
    TypeDeclaration<?> declaration,
    String qualifiedName,
    Optional<TypeRef> enclosing) {

  String simpleName() {
    return declaration.getNameAsString();
  }

  @Override
  public String toString() {
    return qualifiedName;
  }
}
