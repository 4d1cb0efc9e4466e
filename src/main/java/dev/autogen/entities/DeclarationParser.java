package dev.autogen.entities;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
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
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.VoidType;
import java.util.Optional;

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
final class DeclarationParser extends DeclarationExpressions {

  private DeclarationParser(DeclarationTokens tokens) {
    super(tokens);
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
        // a class extends one class, an interface any number of interfaces
        extended = isInterface ? classTypes() : new NodeList<>(classType());
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
    return enclosed('(', ')', this::parameter);
  }

  private Parameter parameter() {
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
    return at(new Parameter(modifiers, annotations, type, varArgs, new NodeList<>(), name), begin);
  }

  private NodeList<ReferenceType> throwsClause() {
    if (!word("throws")) {
      return new NodeList<>();
    }
    p++;
    return separated(',', this::classType);
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
}
