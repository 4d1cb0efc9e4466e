package dev.autogen.entities;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;

/**
 * The annotations of the declaration parser and the constant expressions they and field
 * initializers hold.
 */
abstract class DeclarationExpressions extends DeclarationTypes {

  DeclarationExpressions(DeclarationTokens tokens) {
    super(tokens);
  }

  // ---- annotations and expressions

  AnnotationExpr annotation() {
    int begin = p;
    expect('@');
    Name name = name();
    if (!punct('(')) {
      return at(new MarkerAnnotationExpr(name), begin);
    }
    p++;
    if (punct(')')) {
      p++;
      return at(new NormalAnnotationExpr(name, new NodeList<>()), begin);
    }
    if (t.kinds[p] == DeclarationTokens.IDENTIFIER && t.is(p + 1, '=')) {
      NodeList<MemberValuePair> pairs = new NodeList<>();
      while (true) {
        int pairBegin = p;
        SimpleName key = simpleName();
        expect('=');
        pairs.add(at(new MemberValuePair(key, elementValue()), pairBegin));
        if (punct(',')) {
          p++;
        } else {
          expect(')');
          return at(new NormalAnnotationExpr(name, pairs), begin);
        }
      }
    }
    Expression value = elementValue();
    expect(')');
    return at(new SingleMemberAnnotationExpr(name, value), begin);
  }

  Expression elementValue() {
    return nested(this::elementValueAt);
  }

  Expression elementValueAt() {
    if (punct('@')) {
      return annotation();
    }
    if (punct('{')) {
      int begin = p++;
      NodeList<Expression> values = new NodeList<>();
      while (!punct('}')) {
        values.add(elementValue());
        if (punct(',')) {
          p++;
        } else if (!punct('}')) {
          throw REFUSED;
        }
      }
      p++;
      return at(new ArrayInitializerExpr(values), begin);
    }
    return expression(false);
  }

  /**
   * A constant expression: literals, names, field accesses, class literals, unary minus and {@code
   * +}; in a field initializer also {@code new T<>(...)} and method calls on names.
   */
  Expression expression(boolean initializer) {
    Expression left = unary(initializer);
    while (punct('+')) {
      p++;
      Expression right = unary(initializer);
      left = at(new BinaryExpr(left, right, BinaryExpr.Operator.PLUS), left);
    }
    if (!punct(',') && !punct(')') && !punct('}') && !punct(';')) {
      throw REFUSED;
    }
    return left;
  }

  Expression unary(boolean initializer) {
    if (punct('-')) {
      int begin = p++;
      Expression operand = nested(() -> unary(initializer));
      return at(new UnaryExpr(operand, UnaryExpr.Operator.MINUS), begin);
    }
    return primary(initializer);
  }

  Expression primary(boolean initializer) {
    int begin = p;
    byte kind = t.kinds[p];
    switch (kind) {
      case DeclarationTokens.INTEGER:
        p++;
        return at(new IntegerLiteralExpr(t.image(begin)), begin);
      case DeclarationTokens.LONG:
        p++;
        return at(new LongLiteralExpr(t.image(begin)), begin);
      case DeclarationTokens.DECIMAL:
        p++;
        return at(new DoubleLiteralExpr(t.image(begin)), begin);
      case DeclarationTokens.STRING:
        p++;
        return at(new StringLiteralExpr(inner(begin)), begin);
      case DeclarationTokens.CHAR:
        p++;
        return at(new CharLiteralExpr(inner(begin)), begin);
      case DeclarationTokens.IDENTIFIER:
        break;
      default:
        throw REFUSED;
    }
    if (word("true") || word("false")) {
      p++;
      return at(new BooleanLiteralExpr(t.is(begin, "true")), begin);
    }
    if (word("null")) {
      p++;
      return at(new NullLiteralExpr(), begin);
    }
    if (word("new")) {
      if (!initializer) {
        throw REFUSED;
      }
      p++;
      ClassOrInterfaceType type = classType();
      NodeList<Expression> arguments = arguments();
      if (punct('{') || punct('[')) {
        throw REFUSED;
      }
      return at(new ObjectCreationExpr(null, type, null, arguments, null), begin);
    }
    PrimitiveType.Primitive primitive = PRIMITIVES.get(t.image(p));
    if (primitive != null) {
      p++;
      Type type = at(new PrimitiveType(primitive, new NodeList<>()), begin);
      return classLiteral(type, begin);
    }
    // a name, a field access chain, a class literal, or (initializer) a method call
    if (t.is(p + 1, '.') && t.is(p + 2, "class")) {
      return classLiteral(classType(), begin);
    }
    int names = p;
    while (t.is(names + 1, '.') && t.kinds[names + 2] == DeclarationTokens.IDENTIFIER) {
      if (t.is(names + 2, "class")) {
        // a qualified class literal: the scope is a type
        return classLiteral(classType(), begin);
      }
      names += 2;
    }
    Expression expression = at(new NameExpr(simpleName()), begin);
    while (punct('.')) {
      p++;
      SimpleName name = simpleName();
      if (punct('(')) {
        if (!initializer) {
          throw REFUSED;
        }
        NodeList<Expression> arguments = arguments();
        expression = at(new MethodCallExpr(expression, null, name, arguments), begin);
      } else {
        expression = at(new FieldAccessExpr(expression, null, name), begin);
      }
    }
    if (punct('(') || punct('[')) {
      throw REFUSED;
    }
    return expression;
  }

  Expression classLiteral(Type type, int begin) {
    if (!(punct('.') && t.is(p + 1, "class"))) {
      throw REFUSED;
    }
    p += 2;
    return at(new ClassExpr(type), begin);
  }

  NodeList<Expression> arguments() {
    return nested(this::argumentsAt);
  }

  private NodeList<Expression> argumentsAt() {
    return enclosed('(', ')', () -> expression(true));
  }
}
