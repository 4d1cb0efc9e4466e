package dev.autogen.entities;

import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.autogen.model.Check;
import dev.autogen.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check constraints written in the sources: Hibernate's {@code @Check(name, constraints)}
 * (repeated or inside {@code @Checks}) on a class or a field, and JPA 3.2's
 * {@code @CheckConstraint(name, constraint)} in {@code @Table(check)} or {@code @Column(check)}.
 * Unnamed ones get PostgreSQL's {@code <table>_check} or {@code <table>_<column>_check}; names
 * never decide a match, the normalised condition does.
 */
final class CheckConstraints {

  private final MappingContext ctx;

  CheckConstraints(MappingContext ctx) {
    this.ctx = ctx;
  }

  /** The checks declared on an entity class. */
  List<Check> table(TypeRef type, Identifier table) {
    List<Check> checks = new ArrayList<>();
    for (AnnotationValues check : hibernateChecks(type.declaration(), type)) {
      add(checks, check.string("name"), check.string("constraints"), table, List.of(table));
    }
    ctx.jpa(type.declaration(), type, "Table")
        .ifPresent(
            t -> {
              for (AnnotationValues check : t.annotations("check")) {
                add(
                    checks,
                    check.string("name"),
                    check.string("constraint"),
                    table,
                    List.of(table));
              }
            });
    return checks;
  }

  /** The checks declared on a basic field for its column. */
  List<Check> column(PersistentField field, Identifier table, Identifier column) {
    List<Check> checks = new ArrayList<>();
    List<Identifier> parts = List.of(table, column);
    for (AnnotationValues check : hibernateChecks(field.declaration(), field.owner())) {
      add(checks, check.string("name"), check.string("constraints"), table, parts);
    }
    field
        .column(ctx)
        .ifPresent(
            c -> {
              for (AnnotationValues check : c.annotations("check")) {
                add(checks, check.string("name"), check.string("constraint"), table, parts);
              }
            });
    return checks;
  }

  private List<AnnotationValues> hibernateChecks(NodeWithAnnotations<?> node, TypeRef owner) {
    List<AnnotationValues> all = new ArrayList<>();
    ctx.lookup()
        .hibernateAll(node, owner.file(), Optional.of(owner), "Check")
        .forEach(a -> all.add(ctx.values(a, owner)));
    ctx.hibernate(node, owner, "Checks").ifPresent(c -> all.addAll(c.annotations("value")));
    return all;
  }

  private void add(
      List<Check> checks,
      Optional<String> name,
      Optional<String> condition,
      Identifier table,
      List<Identifier> parts) {
    if (condition.isEmpty()) {
      return;
    }
    Identifier checkName =
        name.map(ctx.names()::explicit).orElse(ctx.names().generated("", parts, "check"));
    checks.add(
        new Check(
            checkName,
            ctx.dialect().expressions().normalizeCheck(condition.get()),
            condition.get().strip()));
  }
}
