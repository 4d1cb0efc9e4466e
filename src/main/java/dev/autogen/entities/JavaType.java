package dev.autogen.entities;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * A field's Java type as far as the sources tell: a primitive, a JDK type by qualified name, or a
 * type declared in the sources.
 *
 * @param name the primitive name, the qualified name (JDK or sources), or the name as written when
 *     neither is known; arrays end in {@code []}
 * @param declared the declaration, when the type is in the sources
 */
record JavaType(String name, Optional<TypeRef> declared) {

  private static final java.util.Set<String> COLLECTIONS =
      java.util.Set.of(
          "Collection",
          "List",
          "Set",
          "SortedSet",
          "NavigableSet",
          "ArrayList",
          "HashSet",
          "LinkedHashSet",
          "TreeSet",
          "LinkedList");

  private static final java.util.Set<String> MAPS =
      java.util.Set.of("Map", "HashMap", "LinkedHashMap", "SortedMap", "TreeMap", "NavigableMap");

  static JavaType of(PersistentField field, SourceIndex index) {
    return of(field.variable().getType(), field, index);
  }

  private static JavaType of(Type type, PersistentField field, SourceIndex index) {
    if (type instanceof ClassOrInterfaceType cls
        && cls.getScope().isEmpty()
        && field.typeArguments().containsKey(cls.getNameAsString())) {
      // a type variable of a generic mapped superclass: the subclass's argument
      TypeBinding bound = field.typeArguments().get(cls.getNameAsString());
      return of(bound.type(), bound.file(), bound.context(), index);
    }
    return of(type, field.file(), field.context(), index);
  }

  /** A type as written in {@code file}, inside {@code context}. */
  static JavaType of(Type type, SourceFile file, Optional<TypeRef> context, SourceIndex index) {
    if (type instanceof ArrayType array) {
      JavaType component = of(array.getComponentType(), file, context, index);
      return new JavaType(component.name() + "[]", Optional.empty());
    }
    if (type instanceof ClassOrInterfaceType cls) {
      String written = cls.getNameWithScope();
      Optional<TypeRef> declared = index.resolve(written, file, context);
      if (declared.isPresent()) {
        return new JavaType(declared.get().qualifiedName(), declared);
      }
      return new JavaType(JdkTypes.qualify(written, file).orElse(written), Optional.empty());
    }
    return new JavaType(type.asString(), Optional.empty());
  }

  /**
   * The element type of a collection field ({@code Set<Tag>} gives {@code Tag}), when the field is
   * a {@code Collection}, {@code List}, {@code Set} or one of their usual variants.
   */
  static Optional<JavaType> element(PersistentField field, SourceIndex index) {
    Type type = field.variable().getType();
    if (isMap(field)) {
      return Optional.of(
          of(((ClassOrInterfaceType) type).getTypeArguments().get().get(1), field, index));
    }
    if (!(type instanceof ClassOrInterfaceType cls)
        || !COLLECTIONS.contains(cls.getNameAsString())
        || cls.getTypeArguments().map(a -> a.size() != 1).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(of(cls.getTypeArguments().get().get(0), field, index));
  }

  /** Whether the field is a {@code Map<K, V>} (or one of its usual variants) with both types. */
  static boolean isMap(PersistentField field) {
    return field.variable().getType() instanceof ClassOrInterfaceType cls
        && MAPS.contains(cls.getNameAsString())
        && cls.getTypeArguments().map(a -> a.size() == 2).orElse(false);
  }

  /** The key type of a map field ({@code Map<Channel, Price>} gives {@code Channel}). */
  static Optional<JavaType> mapKey(PersistentField field, SourceIndex index) {
    if (!isMap(field)) {
      return Optional.empty();
    }
    ClassOrInterfaceType cls = (ClassOrInterfaceType) field.variable().getType();
    return Optional.of(of(cls.getTypeArguments().get().get(0), field, index));
  }

  /** Whether the field is a {@code Set}, whose rows Hibernate keeps unique. */
  static boolean isSet(PersistentField field) {
    return field.variable().getType() instanceof ClassOrInterfaceType cls
        && cls.getNameAsString().endsWith("Set");
  }

  String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
