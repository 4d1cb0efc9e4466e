package dev.autogen.entities;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The discriminator column of an inheritance tree as Hibernate 7 makes it:
 * {@code @DiscriminatorColumn(name, discriminatorType, length, columnDefinition)} or {@code DTYPE
 * varchar(31)}, not null, checked against the values of the tree's concrete classes
 * ({@code @DiscriminatorValue}, else the entity name, or its {@code hashCode()} for an {@code
 * INTEGER} discriminator).
 *
 * @param type {@code STRING}, {@code CHAR} or {@code INTEGER}
 * @param values SQL literals of the concrete classes' values, root first, then depth first
 */
record Discriminator(Column column, String type, List<String> values) {

  private static final Set<String> TYPES = Set.of("STRING", "CHAR", "INTEGER");

  /** The check Hibernate puts on the column. */
  String check(MappingContext ctx) {
    return ctx.dialect()
        .expressions()
        .normalizeCheck(
            // PostgreSQL stores an IN over one value as an equality
            values.size() == 1
                ? ctx.dialect().quote(column.name()) + "=" + values.get(0)
                : ctx.dialect().quote(column.name()) + " in (" + String.join(",", values) + ")");
  }

  /** The literal that selects rows of {@code type}. */
  static String value(MappingContext ctx, EntityInfo entity, String discriminatorType) {
    Optional<String> declared =
        ctx.jpa(entity.type().declaration(), entity.type(), "DiscriminatorValue")
            .flatMap(v -> v.string("value"));
    return switch (discriminatorType) {
      case "INTEGER" -> declared.orElse(Integer.toString(entity.entityName().hashCode()));
      case "CHAR" ->
          ctx.dialect().expressions().literal(declared.orElse(entity.entityName().substring(0, 1)));
      default -> ctx.dialect().expressions().literal(declared.orElse(entity.entityName()));
    };
  }

  /**
   * The tree's discriminator, read from its root; {@code tree} lists the root and its subclasses.
   */
  static Optional<Discriminator> of(
      MappingContext ctx, EntityInfo root, List<EntityInfo> tree, boolean implicit) {
    Optional<AnnotationValues> annotation =
        ctx.jpa(root.type().declaration(), root.type(), "DiscriminatorColumn");
    if (annotation.isEmpty() && !implicit) {
      return Optional.empty();
    }
    String type =
        annotation
            .flatMap(a -> a.enumConstant("discriminatorType", "DiscriminatorType", TYPES))
            .orElse("STRING");
    Identifier name =
        ctx.names().physical(annotation.flatMap(a -> a.string("name")).orElse("DTYPE"));
    SqlType sqlType =
        annotation
            .flatMap(AnnotationValues::columnDefinition)
            .map(d -> ctx.dialect().types().parse(ColumnDefinition.parse(d).typeText()))
            .orElseGet(() -> defaultType(ctx, type, annotation));
    List<String> values = new ArrayList<>();
    for (EntityInfo entity : tree) {
      if (!EntityHierarchy.isAbstract(entity.type())) {
        values.add(value(ctx, entity, type));
      }
    }
    return Optional.of(
        new Discriminator(
            new Column(name, sqlType, false, Optional.empty(), Optional.empty()), type, values));
  }

  private static SqlType defaultType(
      MappingContext ctx, String type, Optional<AnnotationValues> annotation) {
    return switch (type) {
      case "INTEGER" -> ctx.dialect().types().forKind(JdbcKind.INTEGER, ColumnSize.none());
      case "CHAR" -> ctx.dialect().types().forKind(JdbcKind.CHAR, ColumnSize.none());
      default ->
          ctx.dialect()
              .types()
              .forKind(
                  JdbcKind.VARCHAR,
                  new ColumnSize(
                      OptionalInt.of(
                          annotation
                              .map(a -> a.integer("length"))
                              .orElse(OptionalInt.empty())
                              .orElse(31)),
                      OptionalInt.empty(),
                      OptionalInt.empty()));
    };
  }
}
