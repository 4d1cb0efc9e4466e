package dev.autogen.entities;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a pruned tree smaller for the collector (issue 18). Every JavaParser node carries three
 * lists (children, orphan comments, observers), nearly all of them empty, and each identifier and
 * string literal is a string of its own: at 5,000 entities, 3.5 million lists and 660,000 strings,
 * most of the objects the collector copies while the trees wait for mapping. An empty list is
 * replaced by one shared list that refuses additions (a pruned tree is only read; an addition fails
 * loudly instead of reaching every node), and equal identifiers and literals share one string per
 * read.
 *
 * <p>The lists are private fields of JavaParser's: if a release renames or retypes them, trees are
 * left as JavaParser made them ({@code NodeTrimmerTest} notices), never broken.
 */
final class NodeTrimmer {

  private static final ArrayList<Object> FROZEN = new FrozenEmptyList<>();

  // getter and setter of Node.childNodes, Node.orphanComments and Node.observers; null when absent
  private static final MethodHandle[] LISTS = listHandles();

  private static final MethodHandle SIMPLE_NAME = stringSetter(SimpleName.class, "identifier");
  private static final MethodHandle NAME = stringSetter(Name.class, "identifier");
  private static final MethodHandle LITERAL = stringSetter(LiteralStringValueExpr.class, "value");

  private final Map<String, String> strings = new ConcurrentHashMap<>();

  /**
   * Whether this JavaParser's empty lists and strings are shared (false after a renaming release).
   */
  static boolean sharesLists() {
    return LISTS != null && SIMPLE_NAME != null && NAME != null && LITERAL != null;
  }

  /** Whether the list is the shared empty one. */
  static boolean isShared(Object list) {
    return list == FROZEN;
  }

  void trim(Node node) {
    // JavaParser's setters keep the old string when the new one is equal: the fields are set
    if (node instanceof SimpleName name) {
      share(SIMPLE_NAME, name, name.getIdentifier());
    } else if (node instanceof Name name) {
      share(NAME, name, name.getIdentifier());
    } else if (node instanceof StringLiteralExpr literal) {
      share(LITERAL, literal, literal.getValue());
    }
    if (LISTS != null) {
      try {
        for (int i = 0; i < LISTS.length; i += 2) {
          ArrayList<?> list = (ArrayList<?>) LISTS[i].invoke(node);
          if (list != FROZEN && list.isEmpty()) {
            LISTS[i + 1].invoke(node, FROZEN);
          }
        }
      } catch (Throwable e) {
        // the node keeps JavaParser's lists: only memory is lost
      }
    }
  }

  private void share(MethodHandle setter, Node node, String s) {
    String first = strings.putIfAbsent(s, s);
    if (first != null && first != s && setter != null) {
      try {
        setter.invoke(node, first);
      } catch (Throwable e) {
        // the node keeps its own string
      }
    }
  }

  private static MethodHandle stringSetter(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      if (field.getType() != String.class) {
        return null;
      }
      field.setAccessible(true);
      return MethodHandles.lookup().unreflectSetter(field);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static MethodHandle[] listHandles() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      String[] names = {"childNodes", "orphanComments", "observers"};
      MethodHandle[] handles = new MethodHandle[names.length * 2];
      for (int i = 0; i < names.length; i++) {
        Field field = Node.class.getDeclaredField(names[i]);
        if (field.getType() != ArrayList.class) {
          return null;
        }
        field.setAccessible(true);
        handles[2 * i] = lookup.unreflectGetter(field);
        handles[2 * i + 1] = lookup.unreflectSetter(field);
      }
      return handles;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** An empty list that stays empty: shared by many nodes, so an addition would reach them all. */
  private static final class FrozenEmptyList<E> extends ArrayList<E> {

    FrozenEmptyList() {
      super(0);
    }

    @Override
    public boolean add(E e) {
      throw refused();
    }

    @Override
    public void add(int index, E element) {
      throw refused();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
      throw refused();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
      throw refused();
    }

    @Override
    public E set(int index, E element) {
      throw refused();
    }

    private static UnsupportedOperationException refused() {
      return new UnsupportedOperationException("a pruned source tree is read-only");
    }
  }
}
