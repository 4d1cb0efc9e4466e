package dev.autogen.entities;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.metamodel.PropertyMetaModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a pruned tree smaller for the collector (issue 18). Every JavaParser node carries three
 * lists (children, orphan comments, observers) and every node list two (elements, observers),
 * nearly all of them empty, and each identifier and string literal is a string of its own: at 5,000
 * entities, 3.5 million lists and 660,000 strings, most of the objects the collector copies while
 * the trees wait for mapping. An empty list is replaced by one shared list that refuses additions
 * (a pruned tree is only read; an addition fails loudly instead of reaching every node), and equal
 * identifiers and literals share one string per read.
 *
 * <p>The lists are private fields of JavaParser's: if a release renames or retypes them, trees are
 * left as JavaParser made them ({@code NodeTrimmerTest} notices), never broken.
 */
final class NodeTrimmer {

  private static final ArrayList<Object> FROZEN = new FrozenEmptyList<>();

  // getter and setter of each list field; null when absent
  private static final MethodHandle[] LISTS =
      listHandles(Node.class, ArrayList.class, "childNodes", "orphanComments", "observers");
  private static final MethodHandle[] NODE_LIST_LISTS =
      listHandles(NodeList.class, List.class, "innerList", "observers");
  private static final Map<Class<?>, List<MethodHandle>> NODE_LIST_PROPERTIES =
      new ConcurrentHashMap<>();

  private static final MethodHandle SIMPLE_NAME = stringSetter(SimpleName.class, "identifier");
  private static final MethodHandle NAME = stringSetter(Name.class, "identifier");
  private static final MethodHandle LITERAL = stringSetter(LiteralStringValueExpr.class, "value");

  private final Map<String, String> strings = new ConcurrentHashMap<>();

  /**
   * Whether this JavaParser's empty lists and strings are shared (false after a renaming release).
   */
  static boolean sharesLists() {
    return LISTS != null
        && NODE_LIST_LISTS != null
        && SIMPLE_NAME != null
        && NAME != null
        && LITERAL != null;
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
        shareEmpty(node, LISTS);
        for (MethodHandle property : nodeListProperties(node)) {
          NodeList<?> list = (NodeList<?>) property.invoke(node);
          if (list != null && NODE_LIST_LISTS != null) {
            shareEmpty(list, NODE_LIST_LISTS);
          }
        }
      } catch (Throwable e) {
        // the node keeps JavaParser's lists: only memory is lost
      }
    }
  }

  /** Replaces each empty list of {@code owner} (getter and setter pairs) by the shared one. */
  private static void shareEmpty(Object owner, MethodHandle[] lists) throws Throwable {
    for (int i = 0; i < lists.length; i += 2) {
      List<?> list = (List<?>) lists[i].invoke(owner);
      if (list != FROZEN && list.isEmpty()) {
        lists[i + 1].invoke(owner, FROZEN);
      }
    }
  }

  /**
   * Getters of the node's {@link NodeList} properties (modifiers, annotations, members, pairs...),
   * found through JavaParser's meta model once per node class. A node list is not a node, so the
   * walk over child nodes never meets it.
   */
  private static List<MethodHandle> nodeListProperties(Node node) {
    List<MethodHandle> known = NODE_LIST_PROPERTIES.get(node.getClass());
    if (known != null) {
      return known;
    }
    List<MethodHandle> found = new ArrayList<>();
    try {
      for (PropertyMetaModel property : node.getMetaModel().getAllPropertyMetaModels()) {
        if (property.isNodeList()) {
          Field field =
              property.getContainingNodeMetaModel().getType().getDeclaredField(property.getName());
          field.setAccessible(true);
          found.add(MethodHandles.lookup().unreflectGetter(field));
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      found.clear();
    }
    List<MethodHandle> getters = List.copyOf(found);
    NODE_LIST_PROPERTIES.putIfAbsent(node.getClass(), getters);
    return getters;
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

  private static MethodHandle[] listHandles(Class<?> owner, Class<?> type, String... names) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle[] handles = new MethodHandle[names.length * 2];
      for (int i = 0; i < names.length; i++) {
        Field field = owner.getDeclaredField(names[i]);
        if (field.getType() != type) {
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
