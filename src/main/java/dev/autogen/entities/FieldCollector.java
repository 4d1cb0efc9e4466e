package dev.autogen.entities;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent fields a class declares in column order: mapped superclass fields first (outermost
 * superclass first, up to the nearest entity superclass), then the class's own; static, {@code
 * transient} and {@code @Transient} fields left out.
 */
final class FieldCollector {

  private final MappingContext ctx;
  private final AttributeAccess access;

  FieldCollector(MappingContext ctx) {
    this.ctx = ctx;
    this.access = new AttributeAccess(ctx);
  }

  List<PersistentField> fields(TypeRef entity) {
    Deque<TypeRef> chain = new ArrayDeque<>();
    chain.push(entity);
    Map<String, Map<String, TypeBinding>> bindings = new HashMap<>();
    bindings.put(entity.qualifiedName(), Map.of());
    Set<String> seen = new HashSet<>();
    seen.add(entity.qualifiedName());
    TypeRef sub = entity;
    for (Optional<TypeRef> s = superclass(entity); s.isPresent(); s = superclass(s.get())) {
      TypeRef type = s.get();
      if (!seen.add(type.qualifiedName())) {
        break;
      }
      if (ctx.jpa(type.declaration(), type, "Entity").isPresent()) {
        break; // an entity superclass maps its own fields (see EntityHierarchy)
      }
      bindings.put(
          type.qualifiedName(), typeArguments(sub, bindings.get(sub.qualifiedName()), type));
      if (ctx.jpa(type.declaration(), type, "MappedSuperclass").isPresent()) {
        MappedSuperclassRules.check(ctx, type);
        chain.push(type);
      }
      sub = type;
    }
    List<PersistentField> fields = new ArrayList<>();
    AttributeAccess.Kind hierarchyDefault = access.defaultFor(entity);
    for (TypeRef type : chain) {
      if (type.declaration() instanceof RecordDeclaration record) {
        fields.addAll(components(type, record));
        continue;
      }
      for (Member member : attributes(type, access.classAccess(type, hierarchyDefault))) {
        fields.add(
            new PersistentField(
                type,
                member.declaration(),
                member.variable(),
                Embedding.NONE,
                bindings.get(type.qualifiedName())));
      }
    }
    return fields;
  }

  /** One attribute's backing member: a field's variable, or a getter seen as a field. */
  private record Member(FieldDeclaration declaration, VariableDeclarator variable) {
    String name() {
      return variable.getNameAsString();
    }
  }

  /**
   * The members of one class that back its attributes, as Hibernate's {@code PropertyContainer}
   * picks them: a field or getter with its own {@code @Access} first, then the fields (field
   * access) or getters (property access) of the attributes not yet taken; a getter stands as a
   * detached field named after its attribute. Declaration order, an overriding member in the place
   * of the one it overrides.
   */
  private List<Member> attributes(TypeRef type, AttributeAccess.Kind classAccess) {
    Map<String, Member> overrides = new java.util.LinkedHashMap<>();
    List<Member> fields = new ArrayList<>();
    for (FieldDeclaration field : type.declaration().getFields()) {
      if (!AttributeAccess.persistable(field) || ctx.jpa(field, type, "Transient").isPresent()) {
        continue;
      }
      boolean local =
          access.declared(field, type).filter(k -> k == AttributeAccess.Kind.FIELD).isPresent();
      for (VariableDeclarator variable : field.getVariables()) {
        Member member = new Member(field, variable);
        fields.add(member);
        if (local) {
          overrides.put(member.name(), member);
        }
      }
    }
    List<Member> getters = new ArrayList<>();
    for (MethodDeclaration getter : AttributeAccess.getters(type)) {
      if (ctx.jpa(getter, type, "Transient").isPresent()) {
        continue;
      }
      FieldDeclaration property = AttributeAccess.asField(getter);
      Member member = new Member(property, property.getVariable(0));
      getters.add(member);
      if (access
          .declared(getter, type)
          .filter(k -> k == AttributeAccess.Kind.PROPERTY)
          .isPresent()) {
        overrides.put(member.name(), member);
      }
    }
    Map<String, Member> chosen = new java.util.LinkedHashMap<>();
    for (Member member : classAccess == AttributeAccess.Kind.FIELD ? fields : getters) {
      chosen.putIfAbsent(member.name(), overrides.getOrDefault(member.name(), member));
    }
    overrides.forEach(chosen::putIfAbsent);
    return List.copyOf(chosen.values());
  }

  /**
   * A record's components as fields (Hibernate 6.2+ maps records as embeddables): each becomes a
   * detached private field declaration carrying the component's annotations, type and position.
   */
  private static List<PersistentField> components(TypeRef type, RecordDeclaration record) {
    List<PersistentField> fields = new ArrayList<>();
    for (Parameter component : record.getParameters()) {
      VariableDeclarator variable =
          new VariableDeclarator(component.getType().clone(), component.getNameAsString());
      FieldDeclaration field =
          new FieldDeclaration(
              new NodeList<>(Modifier.privateModifier()),
              component.getAnnotations(),
              new NodeList<>(variable));
      component
          .getRange()
          .ifPresent(
              r -> {
                field.setRange(r);
                variable.setRange(r);
              });
      fields.add(new PersistentField(type, field, variable));
    }
    return fields;
  }

  /**
   * What {@code sub extends superclass<A, B>} binds the superclass's type variables to; an argument
   * that is itself a type variable of {@code sub} passes on {@code sub}'s own binding.
   */
  private static Map<String, TypeBinding> typeArguments(
      TypeRef sub, Map<String, TypeBinding> subBindings, TypeRef superclass) {
    if (!(sub.declaration() instanceof ClassOrInterfaceDeclaration cls)
        || cls.getExtendedTypes().isEmpty()
        || !(superclass.declaration() instanceof ClassOrInterfaceDeclaration generic)) {
      return Map.of();
    }
    List<Type> arguments =
        cls.getExtendedTypes().get(0).getTypeArguments().map(List::copyOf).orElse(List.of());
    List<TypeParameter> parameters = generic.getTypeParameters();
    Map<String, TypeBinding> bound = new HashMap<>();
    for (int i = 0; i < Math.min(arguments.size(), parameters.size()); i++) {
      Type argument = arguments.get(i);
      TypeBinding binding =
          argument instanceof ClassOrInterfaceType variable
                  && variable.getScope().isEmpty()
                  && subBindings.containsKey(variable.getNameAsString())
              ? subBindings.get(variable.getNameAsString())
              : new TypeBinding(argument, sub.file(), Optional.of(sub));
      bound.put(parameters.get(i).getNameAsString(), binding);
    }
    return bound;
  }

  private Optional<TypeRef> superclass(TypeRef type) {
    if (!(type.declaration() instanceof ClassOrInterfaceDeclaration cls)
        || cls.getExtendedTypes().isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceType extended = cls.getExtendedTypes().get(0);
    String name = extended.getNameWithScope();
    Optional<TypeRef> found = ctx.index().resolve(name, type.file(), type.enclosing());
    if (found.isEmpty() && !name.equals("Object") && !name.equals("java.lang.Object")) {
      ctx.diagnostics()
          .warn(
              type.file(),
              extended,
              "superclass "
                  + name
                  + " is not among the sources; mappings it may declare are not read");
    }
    return found;
  }
}
