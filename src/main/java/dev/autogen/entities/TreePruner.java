package dev.autogen.entities;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Cuts a parsed file down to what the mapper reads once its package and imports are in the {@link
 * SourceFile}: the import declarations, the statements of methods, constructors and initializers,
 * and the token list every node links to go; declarations, annotations, field initializers and line
 * numbers stay, each node's range shrunk to one range per line shared by all files (the reader
 * reports lines only), its empty lists and equal strings shared ({@link NodeTrimmer}). All files
 * are held until mapping ends, so this is most of the reader's memory and of the collector's work
 * (issues 6 and 18, docs/performance.md). Nothing here prints source back from tokens. Safe for
 * concurrent use.
 */
final class TreePruner {

  /**
   * The deepest tree the reader reads. Real declarations are a few dozen levels deep; a deeper one
   * (a generated concatenation of thousands of strings, hostile input) would overflow the stack of
   * the recursive passes after this one, so the file is refused here with its line instead.
   */
  static final int MAX_DEPTH = 2_000;

  /** A tree nested deeper than {@link #MAX_DEPTH}, at the line where it crossed it. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;

    TooDeep(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /** Lines below this share ranges through an array, without hashing or locking. */
  private static final int COMMON_LINES = 4096;

  private final AtomicReferenceArray<Range> common = new AtomicReferenceArray<>(COMMON_LINES);
  private final Map<Integer, Range> lines = new ConcurrentHashMap<>();
  private final NodeTrimmer trimmer = new NodeTrimmer();

  void prune(CompilationUnit unit) {
    unit.setImports(new NodeList<>());
    for (TypeDeclaration<?> type : unit.getTypes()) {
      pruneType(type);
    }
    shrink(unit, 0);
  }

  /** Recursion rather than {@code Node.walk}, whose iterator keeps a synchronized stack. */
  private void shrink(Node node, int depth) {
    Range range = node.getRange().map(r -> line(r.begin.line)).orElse(null);
    if (depth > MAX_DEPTH) {
      throw new TooDeep(range == null ? 0 : range.begin.line);
    }
    node.setTokenRange(null);
    node.setRange(range);
    List<Node> children = node.getChildNodes();
    for (int i = 0; i < children.size(); i++) {
      shrink(children.get(i), depth + 1);
    }
    trimmer.trim(node);
  }

  private Range line(int line) {
    if (line >= 0 && line < COMMON_LINES) {
      Range shared = common.get(line);
      if (shared == null) {
        // two threads may both create one; either is fine, both are equal
        shared = Range.range(line, 1, line, 1);
        common.lazySet(line, shared);
      }
      return shared;
    }
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
