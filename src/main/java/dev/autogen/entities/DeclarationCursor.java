package dev.autogen.entities;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.PrimitiveType;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The token cursor of the declaration parser's layers ({@link DeclarationTypes}, {@link
 * DeclarationExpressions}, {@link DeclarationParser}): the position, the nesting depth, and the
 * reads of names and punctuation they all make. A form outside the parser's subset throws {@link
 * #REFUSED}, and the file goes to JavaParser.
 */
abstract class DeclarationCursor {

  static final Map<String, Modifier.Keyword> MODIFIERS =
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

  static final Map<String, PrimitiveType.Primitive> PRIMITIVES =
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
  static final Set<String> RESERVED =
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
  static final class Refused extends RuntimeException {
    Refused() {
      super(null, null, false, false);
    }
  }

  static final Refused REFUSED = new Refused();

  final DeclarationTokens t;
  int p;
  private int depth;

  DeclarationCursor(DeclarationTokens tokens) {
    this.t = tokens;
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

  /** One item or more, separated by {@code separator} ({@code A, B} or {@code A & B}). */
  <T extends Node> NodeList<T> separated(char separator, Supplier<? extends T> item) {
    NodeList<T> items = new NodeList<>();
    items.add(item.get());
    while (punct(separator)) {
      p++;
      items.add(item.get());
    }
    return items;
  }

  /**
   * A comma-separated list between {@code open} and {@code close}, possibly empty. No trailing
   * comma: Java allows none in arguments, parameters or type arguments.
   */
  <T extends Node> NodeList<T> enclosed(char open, char close, Supplier<? extends T> item) {
    expect(open);
    if (punct(close)) {
      p++;
      return new NodeList<>();
    }
    NodeList<T> items = separated(',', item);
    expect(close);
    return items;
  }

  /** Parses a recursive form one level deeper (see {@link #descend}). */
  <R> R nested(Supplier<R> form) {
    descend();
    R result = form.get();
    depth--;
    return result;
  }

  // ---- names and tokens

  Name name() {
    int begin = p;
    Name name = at(new Name(null, identifier()), begin);
    while (punct('.') && t.kinds[p + 1] == DeclarationTokens.IDENTIFIER) {
      p++;
      name = at(new Name(name, identifier()), begin);
    }
    return name;
  }

  SimpleName simpleName() {
    int begin = p;
    return at(new SimpleName(identifier()), begin);
  }

  String identifier() {
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

  String inner(int token) {
    return t.text.substring(t.starts[token] + 1, t.ends[token] - 1);
  }

  boolean punct(char c) {
    return t.is(p, c);
  }

  boolean word(String w) {
    return t.kinds[p] == DeclarationTokens.IDENTIFIER && t.is(p, w);
  }

  void expect(char c) {
    if (!punct(c)) {
      throw REFUSED;
    }
    p++;
  }

  /** The node, beginning on the line of token {@code begin} (the reader reports lines only). */
  <N extends Node> N at(N node, int begin) {
    int line = t.lines[begin];
    node.setRange(Range.range(line, 1, line, 1));
    return node;
  }

  <N extends Node> N at(N node, Node startsWith) {
    startsWith.getRange().ifPresent(node::setRange);
    return node;
  }
}
