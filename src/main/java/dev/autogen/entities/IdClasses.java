package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import dev.autogen.dialect.ColumnSize;
import dev.autogen.model.SqlType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entity's {@code @IdClass} (declared on it or an entity or mapped superclass above it) and its
 * attributes, with the type each is written as. For an {@code @Id} association, Hibernate 7.4 types
 * the join column after the id class's attribute of that name when it is a basic type, not after
 * the target's id: {@code String customer} makes a {@code varchar(255)} join column to a {@code
 * bigint} id (differential set id_class_associations).
 */
final class IdClasses {

  private final MappingContext ctx;

  IdClasses(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** The {@code @IdClass} of {@code entity}, found up its superclasses. */
  Optional<TypeRef> of(TypeRef entity) {
    for (TypeRef type = entity; type != null; ) {
      TypeRef declaring = type;
      Optional<TypeRef> idClass =
          ctx.jpa(type.declaration(), type, "IdClass")
              .flatMap(a -> a.className("value"))
              .flatMap(n -> ctx.index().resolve(n, declaring.file(), Optional.of(declaring)));
      if (idClass.isPresent()) {
        return idClass;
      }
      if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
          || cls.getExtendedTypes().isEmpty()) {
        return Optional.empty();
      }
      type =
          ctx.index()
              .resolve(
                  cls.getExtendedTypes().get(0).getNameWithScope(), type.file(), type.enclosing())
              .orElse(null);
    }
    return Optional.empty();
  }

  /** The id class's attributes (fields, or a record's components) with their written types. */
  static Map<String, String> attributes(TypeRef idClass) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (idClass.declaration() instanceof RecordDeclaration record) {
      record.getParameters().forEach(p -> attributes.put(p.getNameAsString(), p.getTypeAsString()));
    } else {
      idClass.declaration().getFields().stream()
          .filter(f -> !f.isStatic())
          .forEach(
              f ->
                  f.getVariables()
                      .forEach(v -> attributes.put(v.getNameAsString(), v.getTypeAsString())));
    }
    return attributes;
  }

  /**
   * The column type of the {@code @Id} association {@code field} of {@code entity} when its id
   * class declares the attribute as a basic type (a JDK type autogen maps), else empty.
   */
  Optional<SqlType> basicKeyType(PersistentField field, EntityInfo entity) {
    return of(entity.type())
        .flatMap(
            idClass ->
                Optional.ofNullable(attributes(idClass).get(field.name()))
                    // a primitive (int) is its own name; a JDK type qualifies (Long)
                    .map(written -> JdkTypes.qualify(written, idClass.file()).orElse(written))
                    .flatMap(
                        javaType ->
                            TypeMapping.kind(javaType, false, Optional.empty())
                                .map(
                                    kind ->
                                        ctx.dialect()
                                            .types()
                                            .forKind(kind, defaultSize(javaType)))));
  }

  private static ColumnSize defaultSize(String javaType) {
    return new ColumnSize(
        TypeMapping.defaultLength(javaType), OptionalInt.empty(), OptionalInt.empty());
  }
}
