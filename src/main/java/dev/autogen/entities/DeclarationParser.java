package dev.autogen.entities;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
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
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A parser for the declarations the reader reads (issue 18): packages, classes, interfaces and
 * enums with their annotations, fields, method and constructor signatures (bodies skipped: the
 * pruned tree drops their statements anyway), and the constant expressions annotations and field
 * initializers hold. It builds the tree JavaParser builds for the same text, pruned, with the same
 * begin lines ({@code DeclarationParserTest} compares both on every source of the fixtures), in a
 * fraction of the time: JavaParser's generated tokenizer and look-ahead were 60 % of entity
 * reading. Anything outside that subset (records, annotation types, lambdas, anonymous classes,
 * operators other than string {@code +} and unary minus, type annotations, unicode escapes...)
 * gives empty, and the file is parsed by JavaParser as before: this parser never guesses.
 */
final class DeclarationParser {

  private static final Map<String, Modifier.Keyword> MODIFIERS =
      Map.ofEntries(
          Map.entry("public", Modifier.Keyword.PUBLIC),
          Map.entry("protected", Modifier.Keyword.PROTECTED),
          Map.entry("private", Modifier.Keyword.PRIVATE),
          Map.entry("abstract", Modifier.Keyword.ABSTRACT),
          Map.entry("static", Modifier.Keyword.STATIC),
          Map.entry("final", Modifier.Keyword.FINAL),
          Map.entry("transient", Modifier.Keyword.TRANSIENT),
          Map.entry("volatile", Modifier.Keyword.VOLATILE),
          Map.entry("synchronized", Modifier.Keyword.SYNCHRONIZED),
          Map.entry("native", Modifier.Keyword.NATIVE),
          Map.entry("strictfp", Modifier.Keyword.STRICTFP),
          Map.entry("default", Modifier.Keyword.DEFAULT));

  private static final Map<String, PrimitiveType.Primitive> PRIMITIVES =
      Map.of(
          "boolean", PrimitiveType.Primitive.BOOLEAN,
          "char", PrimitiveType.Primitive.CHAR,
          "byte", PrimitiveType.Primitive.BYTE,
          "short", PrimitiveType.Primitive.SHORT,
          "int", PrimitiveType.Primitive.INT,
          "long", PrimitiveType.Primitive.LONG,
          "float", PrimitiveType.Primitive.FLOAT,
          "double", PrimitiveType.Primitive.DOUBLE);

  /**
   * Words that are never a type's or a member's name here; seeing one where a name goes refuses.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "class",
          "interface",
          "enum",
          "record",
          "extends",
          "implements",
          "permits",
          "sealed",
          "non-sealed",
          "import",
          "package",
          "new",
          "return",
          "this",
          "super",
          "throws",
          "void",
          "if",
          "else",
          "for",
          "while",
          "do",
          "switch",
          "case",
          "try",
          "catch",
          "finally",
          "throw",
          "yield",
          "var",
          "assert",
          "instanceof",
          "goto",
          "const",
          "break",
          "continue",
          "true",
          "false",
          "null");

  /** Signals a text outside the subset: the caller falls back to JavaParser. */
  private static final class Refused extends RuntimeException {
    Refused() {
      super(null, null, false, false);
    }
  }

  private static final Refused REFUSED = new Refused();

  private final DeclarationTokens t;
  private int p;
  private int depth;

  private DeclarationParser(DeclarationTokens tokens) {
    this.t = tokens;
  }

  /** The file's tree as JavaParser would give it (before pruning), or empty. */
  static Optional<CompilationUnit> parse(String text) {
    Optional<DeclarationTokens> tokens = DeclarationTokens.of(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DeclarationParser(tokens.get()).compilationUnit());
    } catch (Refused | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
      // hostile nesting too: JavaParser then reports the file
      return Optional.empty();
    }
  }

  // ---- compilation unit and types

  private CompilationUnit compilationUnit() {
    CompilationUnit unit = new CompilationUnit();
    if (word("package")) {
      int begin = p;
      p++;
      Name name = name();
      expect(';');
      unit.setPackageDeclaration(at(new PackageDeclaration(new NodeList<>(), name), begin));
    }
    NodeList<TypeDeclaration<?>> types = new NodeList<>();
    while (t.kinds[p] != DeclarationTokens.END) {
      types.add(typeDeclaration());
    }
    unit.setTypes(types);
    // JavaParser's unit begins where the file does
    unit.setRange(Range.range(1, 1, 1, 1));
    return unit;
  }

  private TypeDeclaration<?> typeDeclaration() {
    int begin = p;
    NodeList<AnnotationExpr> annotations = new NodeList<>();
    NodeList<Modifier> modifiers = modifiers(annotations);
    return typeDeclaration(begin, modifiers, annotations);
  }

  private TypeDeclaration<?> typeDeclaration(
      int begin, NodeList<Modifier> modifiers, NodeList<AnnotationExpr> annotations) {
    if (word("class") || word("interface")) {
      boolean isInterface = word("interface");
      p++;
      SimpleName name = simpleName();
      NodeList<TypeParameter> typeParameters = typeParameters();
      NodeList<ClassOrInterfaceType> extended = new NodeList<>();
      NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
      if (word("extends")) {
        p++;
        extended.add(classType());
        while (isInterface && punct(',')) {
          p++;
          extended.add(classType());
        }
      }
      if (word("implements") && !isInterface) {
        p++;
        implemented = classTypes();
      }
      if (word("permits")) {
        throw REFUSED;
      }
      NodeList<BodyDeclaration<?>> members = classBody(name.getIdentifier());
      return at(
          new ClassOrInterfaceDeclaration(
              modifiers,
              annotations,
              isInterface,
              name,
              typeParameters,
              extended,
              implemented,
              new NodeList<>(),
              members),
          begin);
    }
    if (word("enum")) {
      p++;
      SimpleName name = simpleName();
      NodeList<ClassOrInterfaceType> implemented = new NodeList<>();
      if (word("implements")) {
        p++;
        implemented = classTypes();
      }
      expect('{');
      NodeList<EnumConstantDeclaration> entries = new NodeList<>();
      while (!punct(';') && !punct('}')) {
        entries.add(enumConstant());
        if (punct(',')) {
          p++;
        } else if (!punct(';') && !punct('}')) {
          throw REFUSED;
        }
      }
      NodeList<BodyDeclaration<?>> members = new NodeList<>();
      if (punct(';')) {
        p++;
        members = members(name.getIdentifier());
      }
      expect('}');
      return at(
          new EnumDeclaration(modifiers, annotations, name, implemented, entries, members), begin);
    }
    throw REFUSED;
  }

  private EnumConstantDeclaration enumConstant() {
    int begin = p;
    NodeList<AnnotationExpr> annotations = new NodeList<>();
    while (punct('@')) {
      annotations.add(annotation());
    }
    SimpleName name = simpleName();
    NodeList<Expression> arguments = new NodeList<>();
    if (punct('(')) {
      arguments = arguments();
    }
    if (punct('{')) {
      throw REFUSED;
    }
    return at(new EnumConstantDeclaration(annotations, name, arguments, new NodeList<>()), begin);
  }

  private NodeList<BodyDeclaration<?>> classBody(String typeName) {
    expect('{');
    NodeList<BodyDeclaration<?>> members = members(typeName);
    expect('}');
    return members;
  }

  private NodeList<BodyDeclaration<?>> members(String typeName) {
    NodeList<BodyDeclaration<?>> members = new NodeList<>();
    while (!punct('}')) {
      if (t.kinds[p] == DeclarationTokens.END || punct(';')) {
        throw REFUSED;
      }
      members.add(member(typeName));
    }
    return members;
  }

  private BodyDeclaration<?> member(String typeName) {
    return nested(() -> memberAt(typeName));
  }

  private BodyDeclaration<?> memberAt(String typeName) {
    int begin = p;
    NodeList<AnnotationExpr> annotations = new NodeList<>();
    NodeList<Modifier> modifiers = modifiers(annotations);
    if (word("class") || word("interface") || word("enum")) {
      return typeDeclaration(begin, modifiers, annotations);
    }
    if (punct('{')) {
      if (!annotations.isEmpty()
          || modifiers.size() > 1
          || (modifiers.size() == 1 && modifiers.get(0).getKeyword() != Modifier.Keyword.STATIC)) {
        throw REFUSED;
      }
      int block = p;
      skipBlock();
      return at(
          new InitializerDeclaration(modifiers.size() == 1, at(new BlockStmt(), block)), begin);
    }
    NodeList<TypeParameter> typeParameters = typeParameters();
    if (t.kinds[p] == DeclarationTokens.IDENTIFIER && t.is(p, typeName) && t.is(p + 1, '(')) {
      SimpleName name = simpleName();
      NodeList<Parameter> parameters = parameters();
      NodeList<ReferenceType> thrown = throwsClause();
      int block = p;
      skipBlock();
      return at(
          new ConstructorDeclaration(
              modifiers,
              annotations,
              typeParameters,
              name,
              parameters,
              thrown,
              at(new BlockStmt(), block),
              null),
          begin);
    }
    Type type = word("void") ? at(new VoidType(), p++) : type();
    SimpleName name = simpleName();
    if (punct('(')) {
      NodeList<Parameter> parameters = parameters();
      if (punct('[')) {
        throw REFUSED;
      }
      NodeList<ReferenceType> thrown = throwsClause();
      BlockStmt body = null;
      if (punct(';')) {
        p++;
      } else {
        int block = p;
        skipBlock();
        body = at(new BlockStmt(), block);
      }
      return at(
          new MethodDeclaration(
              modifiers, annotations, typeParameters, type, name, parameters, thrown, body, null),
          begin);
    }
    if (!typeParameters.isEmpty() || type instanceof VoidType) {
      throw REFUSED;
    }
    // one variable per declaration: JavaParser gives each of several its own copy of the type
    Expression initializer = null;
    if (punct('=')) {
      p++;
      initializer = expression(true);
    }
    expect(';');
    VariableDeclarator variable = at(new VariableDeclarator(type, name, initializer), name);
    return at(new FieldDeclaration(modifiers, annotations, new NodeList<>(variable)), begin);
  }

  private NodeList<Modifier> modifiers(NodeList<AnnotationExpr> annotations) {
    NodeList<Modifier> modifiers = new NodeList<>();
    while (true) {
      if (punct('@')) {
        if (t.is(p + 1, "interface")) {
          throw REFUSED;
        }
        annotations.add(annotation());
      } else if (t.kinds[p] == DeclarationTokens.IDENTIFIER) {
        Modifier.Keyword keyword = MODIFIERS.get(t.image(p));
        if (keyword == null) {
          if (word("sealed") || word("non") || word("record")) {
            throw REFUSED;
          }
          return modifiers;
        }
        modifiers.add(at(new Modifier(keyword), p++));
      } else {
        return modifiers;
      }
    }
  }

  private NodeList<Parameter> parameters() {
    expect('(');
    NodeList<Parameter> parameters = new NodeList<>();
    while (!punct(')')) {
      int begin = p;
      NodeList<AnnotationExpr> annotations = new NodeList<>();
      NodeList<Modifier> modifiers = modifiers(annotations);
      for (Modifier modifier : modifiers) {
        if (modifier.getKeyword() != Modifier.Keyword.FINAL) {
          throw REFUSED;
        }
      }
      Type type = type();
      boolean varArgs = false;
      if (t.is(p, "...")) {
        varArgs = true;
        p++;
      }
      if (word("this")) {
        throw REFUSED;
      }
      SimpleName name = simpleName();
      if (punct('[')) {
        throw REFUSED;
      }
      parameters.add(
          at(new Parameter(modifiers, annotations, type, varArgs, new NodeList<>(), name), begin));
      if (punct(',')) {
        p++;
      } else if (!punct(')')) {
        throw REFUSED;
      }
    }
    p++;
    return parameters;
  }

  private NodeList<ReferenceType> throwsClause() {
    NodeList<ReferenceType> thrown = new NodeList<>();
    if (word("throws")) {
      p++;
      thrown.add(classType());
      while (punct(',')) {
        p++;
        thrown.add(classType());
      }
    }
    return thrown;
  }

  private NodeList<TypeParameter> typeParameters() {
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

  /** Skips a block, braces balanced; string and character literals are single tokens. */
  private void skipBlock() {
    expect('{');
    int open = 1;
    while (open > 0) {
      if (t.kinds[p] == DeclarationTokens.END) {
        throw REFUSED;
      }
      if (punct('{')) {
        open++;
      } else if (punct('}')) {
        open--;
      }
      p++;
    }
  }

  // ---- types

  private Type type() {
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

  private NodeList<ClassOrInterfaceType> classTypes() {
    NodeList<ClassOrInterfaceType> types = new NodeList<>();
    types.add(classType());
    while (punct(',')) {
      p++;
      types.add(classType());
    }
    return types;
  }

  private ClassOrInterfaceType classType() {
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

  private NodeList<Type> typeArguments() {
    return nested(this::typeArgumentsAt);
  }

  private NodeList<Type> typeArgumentsAt() {
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

  private ReferenceType referenceType() {
    Type type = type();
    if (type instanceof ReferenceType reference) {
      return reference;
    }
    throw REFUSED;
  }

  // ---- annotations and expressions

  private AnnotationExpr annotation() {
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

  private Expression elementValue() {
    return nested(this::elementValueAt);
  }

  private Expression elementValueAt() {
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
  private Expression expression(boolean initializer) {
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

  private Expression unary(boolean initializer) {
    if (punct('-')) {
      int begin = p++;
      descend();
      Expression operand = unary(initializer);
      depth--;
      return at(new UnaryExpr(operand, UnaryExpr.Operator.MINUS), begin);
    }
    return primary(initializer);
  }

  /**
   * One level deeper into a recursive form; past the reader's depth the file is refused with its
   * line, before hostile nesting overflows this parser's stack or JavaParser's.
   */
  private void descend() {
    if (++depth > TreePruner.MAX_DEPTH) {
      throw new TreePruner.TooDeep(t.lines[p]);
    }
  }

  private <R> R nested(Supplier<R> form) {
    descend();
    R result = form.get();
    depth--;
    return result;
  }

  private Expression primary(boolean initializer) {
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

  private Expression classLiteral(Type type, int begin) {
    if (!(punct('.') && t.is(p + 1, "class"))) {
      throw REFUSED;
    }
    p += 2;
    return at(new ClassExpr(type), begin);
  }

  private NodeList<Expression> arguments() {
    return nested(this::argumentsAt);
  }

  private NodeList<Expression> argumentsAt() {
    expect('(');
    NodeList<Expression> arguments = new NodeList<>();
    while (!punct(')')) {
      arguments.add(expression(true));
      if (punct(',')) {
        p++;
      } else if (!punct(')')) {
        throw REFUSED;
      }
    }
    p++;
    return arguments;
  }

  // ---- names and tokens

  private Name name() {
    int begin = p;
    Name name = at(new Name(null, identifier()), begin);
    while (punct('.') && t.kinds[p + 1] == DeclarationTokens.IDENTIFIER) {
      p++;
      name = at(new Name(name, identifier()), begin);
    }
    return name;
  }

  private SimpleName simpleName() {
    int begin = p;
    return at(new SimpleName(identifier()), begin);
  }

  private String identifier() {
    if (t.kinds[p] != DeclarationTokens.IDENTIFIER) {
      throw REFUSED;
    }
    String image = t.image(p);
    if (RESERVED.contains(image) || MODIFIERS.containsKey(image) || PRIMITIVES.containsKey(image)) {
      throw REFUSED;
    }
    p++;
    return image;
  }

  private String inner(int token) {
    return t.text.substring(t.starts[token] + 1, t.ends[token] - 1);
  }

  private boolean punct(char c) {
    return t.is(p, c);
  }

  private boolean word(String w) {
    return t.kinds[p] == DeclarationTokens.IDENTIFIER && t.is(p, w);
  }

  private void expect(char c) {
    if (!punct(c)) {
      throw REFUSED;
    }
    p++;
  }

  /** The node, beginning on the line of token {@code begin} (the reader reports lines only). */
  private <N extends Node> N at(N node, int begin) {
    int line = t.lines[begin];
    node.setRange(Range.range(line, 1, line, 1));
    return node;
  }

  private <N extends Node> N at(N node, Node startsWith) {
    startsWith.getRange().ifPresent(node::setRange);
    return node;
  }
}
