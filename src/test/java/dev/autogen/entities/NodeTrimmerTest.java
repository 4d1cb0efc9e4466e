package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.comments.LineComment;
import com.github.javaparser.ast.expr.SimpleName;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trimmed trees read as JavaParser made them, hold fewer objects, and refuse additions. */
class NodeTrimmerTest {

  private static final String SOURCE =
      """
      package a;

      @Entity
      @Table(name = "orders")
      class Order {
        @Column(name = "name", length = 20)
        private String name;

        @Column(name = "name_2")
        private String other;
      }
      """;

  @Test
  void thisJavaParserHasTheListsTheTrimmerShares() {
    // fails when a JavaParser release renames or retypes Node's list fields: the reader still
    // works then, with larger trees; update NodeTrimmer's field names
    assertThat(NodeTrimmer.sharesLists()).isTrue();
  }

  @Test
  void aTrimmedTreeEqualsTheTreeAsParsed() {
    CompilationUnit trimmed = parse();
    trimAll(trimmed, new NodeTrimmer());

    assertThat(trimmed).isEqualTo(parse());
    assertThat(trimmed.toString()).isEqualTo(parse().toString());
  }

  @Test
  void emptyListsAndEqualIdentifiersAreShared() throws Exception {
    CompilationUnit unit = parse();
    trimAll(unit, new NodeTrimmer());

    List<SimpleName> names =
        unit.findAll(SimpleName.class, n -> n.getIdentifier().equals("String"));
    assertThat(names).hasSize(2);
    assertThat(names.get(0).getIdentifier()).isSameAs(names.get(1).getIdentifier());
    Field observers = Node.class.getDeclaredField("observers");
    observers.setAccessible(true);
    assertThat(NodeTrimmer.isShared(observers.get(names.get(0)))).isTrue();
    assertThat(observers.get(names.get(0))).isSameAs(observers.get(names.get(1)));
    // a node list is a property, not a child node: the field's empty modifiers list is shared too
    FieldDeclaration field = unit.findFirst(FieldDeclaration.class).orElseThrow();
    Field inner = NodeList.class.getDeclaredField("innerList");
    inner.setAccessible(true);
    assertThat(NodeTrimmer.isShared(inner.get(field.getVariable(0).getType().getAnnotations())))
        .isTrue();
  }

  @Test
  void anAdditionToASharedListFailsInsteadOfReachingEveryNode() {
    CompilationUnit unit = parse();
    trimAll(unit, new NodeTrimmer());
    List<SimpleName> names = unit.findAll(SimpleName.class);

    assertThatThrownBy(() -> names.get(0).addOrphanComment(new LineComment("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(names.get(1).getOrphanComments()).isEmpty();
  }

  private static CompilationUnit parse() {
    return new JavaParser(ParserSetup.configuration()).parse(SOURCE).getResult().orElseThrow();
  }

  private static void trimAll(Node node, NodeTrimmer trimmer) {
    // children first, as TreePruner does: a list is shared only once it is known to stay empty
    for (Node child : List.copyOf(node.getChildNodes())) {
      trimAll(child, trimmer);
    }
    trimmer.trim(node);
  }
}
