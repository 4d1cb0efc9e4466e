package dev.autogen.entities;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.WildcardType;

/** The types of the declaration parser: primitive, class and array types, arguments, bounds. */
abstract class DeclarationTypes extends DeclarationCursor {

  DeclarationTypes(DeclarationTokens tokens) {
    super(tokens);
  }

  NodeList<TypeParameter> typeParameters() {
    if (!punct('<')) {
      return new NodeList<>();
    }
    p++;
    NodeList<TypeParameter> parameters = separated(',', this::typeParameter);
    expect('>');
    return parameters;
  }

  private TypeParameter typeParameter() {
    int begin = p;
    if (punct('@')) {
      throw REFUSED;
    }
    SimpleName name = simpleName();
    NodeList<ClassOrInterfaceType> bounds = new NodeList<>();
    if (word("extends")) {
      p++;
      bounds = separated('&', this::classType);
    }
    return at(new TypeParameter(name, bounds, new NodeList<>()), begin);
  }

  // ---- types

  Type type() {
    int begin = p;
    Type type;
    if (punct('@')) {
      throw REFUSED;
    }
    PrimitiveType.Primitive primitive =
        t.kinds[p] == DeclarationTokens.IDENTIFIER ? PRIMITIVES.get(t.image(p)) : null;
    if (primitive != null) {
      p++;
      type = at(new PrimitiveType(primitive, new NodeList<>()), begin);
    } else {
      type = classType();
    }
    while (punct('[')) {
      p++;
      expect(']');
      type = at(new ArrayType(type, ArrayType.Origin.TYPE, new NodeList<>()), begin);
    }
    return type;
  }

  NodeList<ClassOrInterfaceType> classTypes() {
    return separated(',', this::classType);
  }

  ClassOrInterfaceType classType() {
    int begin = p;
    ClassOrInterfaceType type = null;
    while (true) {
      if (punct('@')) {
        throw REFUSED;
      }
      SimpleName name = simpleName();
      NodeList<Type> arguments = null;
      if (punct('<')) {
        arguments = typeArguments();
      }
      type = at(new ClassOrInterfaceType(type, name, arguments, new NodeList<>()), begin);
      if (punct('.') && t.kinds[p + 1] == DeclarationTokens.IDENTIFIER && !t.is(p + 1, "class")) {
        p++;
      } else {
        return type;
      }
    }
  }

  NodeList<Type> typeArguments() {
    return nested(this::typeArgumentsAt);
  }

  private NodeList<Type> typeArgumentsAt() {
    return enclosed('<', '>', this::typeArgument);
  }

  private Type typeArgument() {
    if (!punct('?')) {
      return referenceType();
    }
    int begin = p++;
    ReferenceType extended = null;
    ReferenceType superType = null;
    if (word("extends")) {
      p++;
      extended = referenceType();
    } else if (word("super")) {
      p++;
      superType = referenceType();
    }
    return at(new WildcardType(extended, superType, new NodeList<>()), begin);
  }

  ReferenceType referenceType() {
    Type type = type();
    if (type instanceof ReferenceType reference) {
      return reference;
    }
    throw REFUSED;
  }
}
