package dev.autogen.render;

import dev.autogen.model.Column;
import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.plan.MigrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The types as the entities declare them ({@link ColumnEncoding#declaredType}: a columnDefinition's
 * {@code tinyint(1)}, whose canonical type is {@code tinyint}) of the columns a plan creates or
 * gives another type. Hibernate writes a columnDefinition verbatim, so its column is {@code
 * tinyint(1)}, which Connector/J reads as a boolean; written {@code tinyint}, MariaDB would make it
 * {@code tinyint(4)}, read as a number. A current column of the same canonical type keeps its own
 * spelling (types compare without display widths, so a width alone is no change). Pure.
 */
public final class DesiredSpellings {

  private DesiredSpellings() {}

  /**
   * For every desired column whose encoding declares a type and that the current schema lacks or
   * has with another type, that spelling as attributes of the column (and of the new columns the
   * plan keeps in step with it: a type swap's shadow column).
   */
  public static List<ColumnAttributes> of(
      MigrationPlan plan, Schema current, Schema desired, List<ColumnEncoding> encodings) {
    List<ColumnAttributes> spellings = new ArrayList<>();
    for (ColumnEncoding e : encodings) {
      if (e.declaredType().isEmpty()) {
        continue;
      }
      Optional<Column> wanted = column(desired, e);
      Optional<Column> existing = column(current, e);
      if (wanted.isPresent()
          && existing.filter(c -> c.type().equals(wanted.get().type())).isEmpty()) {
        spellings.add(
            new ColumnAttributes(
                e.table(),
                e.column(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                e.declaredType()));
      }
    }
    // carried to the columns paired with these, but never onto another current column (the old
    // column of a rename, re-added by its downgrade, keeps the spelling it has)
    return CarriedColumnAttributes.of(plan, spellings).stream()
        .filter(
            a ->
                spellings.contains(a)
                    || current.table(a.table()).flatMap(t -> t.column(a.column())).isEmpty())
        .toList();
  }

  private static Optional<Column> column(Schema schema, ColumnEncoding e) {
    return schema.table(e.table()).flatMap((Table t) -> t.column(e.column()));
  }
}
