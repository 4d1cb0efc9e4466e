package dev.autogen.entities;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.Optional;

/**
 * One field of an entity, declared in the entity itself or in one of its mapped superclasses.
 *
 * @param owner the type that declares the field (annotations resolve in its file)
 */
record PersistentField(TypeRef owner, FieldDeclaration declaration, VariableDeclarator variable) {

  String name() {
    return variable.getNameAsString();
  }

  SourceFile file() {
    return owner.file();
  }

  Optional<TypeRef> context() {
    return Optional.of(owner);
  }
}
