package dev.autogen.entities;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column type of a converted attribute: the database type {@code Y} of the {@code
 * AttributeConverter<X, Y>} that {@code @Convert(converter)} names, or of an
 * {@code @Converter(autoApply = true)} converter for the field's type, when the converter is among
 * the sources; {@code @Convert(disableConversion = true)} keeps the field's type. A converter
 * autogen cannot read is reported, and the field's own type decides.
 */
final class Converters {

  /** A converter class of the sources with its attribute and database types. */
  private record Converter(TypeRef type, JavaType attribute, JavaType database, boolean auto) {}

  private final MappingContext ctx;
  private List<Converter> all;

  Converters(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** The Java type whose mapping the column takes. */
  JavaType databaseType(PersistentField field, JavaType declared) {
    Optional<AnnotationValues> convert = ctx.jpa(field.declaration(), field.owner(), "Convert");
    if (convert.isPresent()) {
      if (convert.get().bool("disableConversion").orElse(false)) {
        return declared;
      }
      Optional<String> written = convert.get().className("converter");
      if (written.isEmpty()) {
        return autoApplied(declared).orElse(declared);
      }
      Optional<TypeRef> type = ctx.index().resolve(written.get(), field.file(), field.context());
      Optional<Converter> converter = type.flatMap(this::converter);
      if (converter.isEmpty()) {
        ctx.diagnostics()
            .warn(
                field.file(),
                convert.get().annotation(),
                "converter "
                    + written.get()
                    + (type.isEmpty()
                        ? " is not among the sources"
                        : " implements AttributeConverter<X, Y> with type arguments autogen cannot tell")
                    + "; the column type follows the field's Java type");
        return declared;
      }
      warnValueCheck(field, convert.get(), declared, written.get());
      return converter.get().database();
    }
    return autoApplied(declared).orElse(declared);
  }

  /**
   * The converter the field's values are stored through, as written in {@code @Convert} or the
   * simple name of the auto-applied one; empty when none applies.
   */
  Optional<String> converterOf(PersistentField field, JavaType declared) {
    Optional<AnnotationValues> convert = ctx.jpa(field.declaration(), field.owner(), "Convert");
    if (convert.isPresent()) {
      if (convert.get().bool("disableConversion").orElse(false)) {
        return Optional.empty();
      }
      Optional<String> written = convert.get().className("converter");
      if (written.isPresent()) {
        return written;
      }
    }
    return converters().stream()
        .filter(c -> c.auto() && c.attribute().name().equals(declared.name()))
        .map(c -> c.type().declaration().getNameAsString())
        .findFirst();
  }

  /**
   * Hibernate 7 runs the converter over every enum constant (or {@code true} and {@code false}) to
   * write a check of the converted values; autogen does not run user code.
   */
  private void warnValueCheck(
      PersistentField field, AnnotationValues at, JavaType declared, String converter) {
    boolean enumType =
        declared
            .declared()
            .filter(t -> t.declaration() instanceof com.github.javaparser.ast.body.EnumDeclaration)
            .isPresent();
    boolean booleanType =
        declared.name().equals("boolean") || declared.name().equals("java.lang.Boolean");
    if (enumType || booleanType) {
      ctx.diagnostics()
          .warn(
              field.file(),
              at.annotation(),
              "Hibernate checks the values "
                  + converter
                  + " converts "
                  + (enumType ? "the enum constants" : "true and false")
                  + " to; autogen cannot run the converter, so that check is not modelled");
    }
  }

  private Optional<JavaType> autoApplied(JavaType declared) {
    return converters().stream()
        .filter(c -> c.auto() && c.attribute().name().equals(declared.name()))
        .map(Converter::database)
        .findFirst();
  }

  /** Found on first use; entities are mapped on several threads, hence the lock. */
  private synchronized List<Converter> converters() {
    if (all == null) {
      all = new ArrayList<>();
      for (TypeRef type : ctx.index().types()) {
        converter(type).ifPresent(all::add);
      }
    }
    return all;
  }

  private Optional<Converter> converter(TypeRef type) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)) {
      return Optional.empty();
    }
    return converterArguments(type, Map.of(), 0)
        .map(
            arguments ->
                new Converter(
                    type,
                    javaType(arguments.get(0)),
                    javaType(arguments.get(1)),
                    ctx.jpa(cls, type, "Converter")
                        .flatMap(c -> c.bool("autoApply"))
                        .orElse(false)));
  }

  private JavaType javaType(TypeBinding binding) {
    return JavaType.of(binding.type(), binding.file(), binding.context(), ctx.index());
  }

  /**
   * The two type arguments of {@code AttributeConverter<X, Y>} as the class or one of its
   * superclasses among the sources implements it ({@code StatusConverter extends
   * MapAttributeConverter<Status, Integer>}, whose {@code MapAttributeConverter<J, D> implements
   * AttributeConverter<J, D>}), a superclass's type variables bound to the subclass's arguments.
   */
  private Optional<List<TypeBinding>> converterArguments(
      TypeRef type, Map<String, TypeBinding> bindings, int depth) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls) || depth > 16) {
      return Optional.empty();
    }
    for (ClassOrInterfaceType implemented : cls.getImplementedTypes()) {
      if (implemented.getNameAsString().equals("AttributeConverter")
          && implemented.getTypeArguments().map(a -> a.size() == 2).orElse(false)) {
        return Optional.of(
            implemented.getTypeArguments().get().stream()
                .map(a -> bound(a, type, bindings))
                .toList());
      }
    }
    if (cls.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceType extended = cls.getExtendedTypes().get(0);
    Optional<TypeRef> superclass =
        ctx.index().resolve(extended.getNameWithScope(), type.file(), type.enclosing());
    if (superclass.isEmpty()
        || !(superclass.get().declaration() instanceof ClassOrInterfaceDeclaration generic)) {
      return Optional.empty();
    }
    List<Type> arguments = extended.getTypeArguments().map(List::copyOf).orElse(List.of());
    Map<String, TypeBinding> next = new HashMap<>();
    for (int i = 0; i < Math.min(arguments.size(), generic.getTypeParameters().size()); i++) {
      next.put(
          generic.getTypeParameters().get(i).getNameAsString(),
          bound(arguments.get(i), type, bindings));
    }
    return converterArguments(superclass.get(), next, depth + 1);
  }

  /** A type argument as written in {@code type}, or what a type variable of it is bound to. */
  private static TypeBinding bound(Type argument, TypeRef type, Map<String, TypeBinding> bindings) {
    if (argument instanceof ClassOrInterfaceType variable
        && variable.getScope().isEmpty()
        && bindings.containsKey(variable.getNameAsString())) {
      return bindings.get(variable.getNameAsString());
    }
    return new TypeBinding(argument, type.file(), Optional.of(type));
  }
}
