package dev.autogen.entities;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts a parsed file down to what the mapper reads once its package and imports are in the {@link
 * SourceFile}: the import declarations, the statements of methods, constructors and initializers,
 * and the token list every node links to go; declarations, annotations, field initializers and line
 * numbers stay, each node's range shrunk to one range per line shared by all files (the reader
 * reports lines only). All files are held until mapping ends, so this is most of the reader's
 * memory (issue 6, docs/performance.md). Nothing here prints source back from tokens. Safe for
 * concurrent use.
 */
final class TreePruner {

  private final Map<Integer, Range> lines = new ConcurrentHashMap<>();

  void prune(CompilationUnit unit) {
    unit.setImports(new NodeList<>());
    for (TypeDeclaration<?> type : unit.getTypes()) {
      pruneType(type);
    }
    unit.walk(
        node -> {
          Range range = node.getRange().map(r -> line(r.begin.line)).orElse(null);
          node.setTokenRange(null);
          node.setRange(range);
        });
  }

  private Range line(int line) {
    return lines.computeIfAbsent(line, l -> Range.range(l, 1, l, 1));
  }

  private static void pruneType(TypeDeclaration<?> type) {
    pruneMembers(type.getMembers());
    if (type instanceof EnumDeclaration enumType) {
      for (EnumConstantDeclaration constant : enumType.getEntries()) {
        pruneMembers(constant.getClassBody());
      }
    }
  }

  private static void pruneMembers(NodeList<BodyDeclaration<?>> members) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof MethodDeclaration method) {
        method.getBody().ifPresent(body -> body.setStatements(new NodeList<>()));
      } else if (member instanceof ConstructorDeclaration constructor) {
        constructor.getBody().setStatements(new NodeList<>());
      } else if (member instanceof InitializerDeclaration initializer) {
        initializer.getBody().setStatements(new NodeList<>());
      } else if (member instanceof TypeDeclaration<?> nested) {
        pruneType(nested);
      }
    }
  }
}
