package dev.autogen.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns of a join table's or collection table's join column that is insertable but not updatable,
 * or the reverse: Hibernate 7 refuses it ({@code CollectionBinder.checkConsistentColumnMutability}:
 * "must be defined with the same insertable and updatable attributes"), where Hibernate 5 took it.
 * The columns are mapped all the same, as neither attribute changes the schema.
 */
final class CollectionJoinColumns {

  private final MappingContext ctx;

  CollectionJoinColumns(MappingContext ctx) {
    this.ctx = ctx;
  }

  void check(PersistentField field) {
    for (AnnotationValues join : joinColumns(field)) {
      boolean insertable = join.bool("insertable").orElse(true);
      boolean updatable = join.bool("updatable").orElse(true);
      if (insertable != updatable) {
        ctx.diagnostics()
            .warn(
                field.file(),
                join.annotation(),
                "join column "
                    + join.string("name").map(n -> "'" + n + "' ").orElse("")
                    + "of collection '"
                    + field.name()
                    + "' is "
                    + (insertable ? "insertable but not updatable" : "updatable but not insertable")
                    + "; Hibernate 7 refuses that (give both the same value)");
      }
    }
  }

  /**
   * The {@code @JoinColumn}s of the field's join table or collection table. A one-to-many's own
   * {@code @JoinColumn} is not checked: Hibernate 7 takes it updatable or not.
   */
  private List<AnnotationValues> joinColumns(PersistentField field) {
    List<AnnotationValues> joins = new ArrayList<>();
    ctx.jpa(field.declaration(), field.owner(), "JoinTable")
        .ifPresent(
            t -> {
              joins.addAll(t.annotations("joinColumns"));
              joins.addAll(t.annotations("inverseJoinColumns"));
            });
    ctx.jpa(field.declaration(), field.owner(), "CollectionTable")
        .ifPresent(t -> joins.addAll(t.annotations("joinColumns")));
    return joins;
  }
}
