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
    NodeList<TypeParameter> parameters = new NodeList<>();
    if (!punct('<')) {
      return parameters;
    }
    p++;
    while (true) {
      int begin = p;
      if (punct('@')) {
        throw REFUSED;
      }
      SimpleName name = simpleName();
      NodeList<ClassOrInterfaceType> bounds = new NodeList<>();
      if (word("extends")) {
        p++;
        bounds.add(classType());
        while (punct('&')) {
          p++;
          bounds.add(classType());
        }
      }
      parameters.add(at(new TypeParameter(name, bounds, new NodeList<>()), begin));
      if (punct(',')) {
        p++;
      } else {
        expect('>');
        return parameters;
      }
    }
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
    NodeList<ClassOrInterfaceType> types = new NodeList<>();
    types.add(classType());
    while (punct(',')) {
      p++;
      types.add(classType());
    }
    return types;
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

  NodeList<Type> typeArgumentsAt() {
    expect('<');
    NodeList<Type> arguments = new NodeList<>();
    if (punct('>')) {
      p++;
      return arguments;
    }
    while (true) {
      if (punct('?')) {
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
        arguments.add(at(new WildcardType(extended, superType, new NodeList<>()), begin));
      } else {
        arguments.add(referenceType());
      }
      if (punct(',')) {
        p++;
      } else {
        expect('>');
        return arguments;
      }
    }
  }

  ReferenceType referenceType() {
    Type type = type();
    if (type instanceof ReferenceType reference) {
      return reference;
    }
    throw REFUSED;
  }
}
