package dev.autogen.entities;

import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * The type argument a subclass gives one type variable of a generic mapped superclass ({@code Order
 * extends BaseEntity<Long>} binds {@code ID} to {@code Long}), as written and where: the argument
 * resolves in the subclass's file, which may be in another package than the field.
 */
record TypeBinding(Type type, SourceFile file, Optional<TypeRef> context) {}
