package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangesByKind;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.Optional;

/**
 * The refusal of a plan that would leave a foreign key between columns of different types on a
 * server that refuses such a key (capability {@code mixedTypeForeignKey}: MySQL, MariaDB). It
 * happens when one side of a key changes type and the other does not (the parent's {@code id}
 * becomes {@code bigint} while the child maps its column as an {@code Integer} beside a read-only
 * association): the key, lifted around the type change ({@link LiftedForeignKeys}), could not be
 * added back, and the file would stop half way with the key gone. Only keys the plan touches are
 * checked (a changing column on either side, or an added key); string types are left alone, as the
 * servers accept different lengths. Pure.
 */
final class ForeignKeyTypes {

  private ForeignKeyTypes() {}

  static void check(Dialect dialect, ChangesByKind byKind, Schema desired)
      throws PlanningException {
    if (dialect.capabilities().mixedTypeForeignKey()) {
      return;
    }
    for (Table owner : desired.tables()) {
      for (ForeignKey fk : owner.foreignKeys()) {
        if (!touched(owner.name(), fk, byKind)) {
          continue;
        }
        Optional<Table> referenced = desired.table(fk.referencedTable());
        for (int i = 0; i < fk.columns().size() && referenced.isPresent(); i++) {
          Optional<Column> own = owner.column(fk.columns().get(i));
          Optional<Column> target =
              i < fk.referencedColumns().size()
                  ? referenced.get().column(fk.referencedColumns().get(i))
                  : Optional.empty();
          if (own.isPresent() && target.isPresent() && differ(dialect, own.get(), target.get())) {
            throw refusal(dialect, owner.name(), fk, own.get(), referenced.get(), target.get());
          }
        }
      }
    }
  }

  private static boolean touched(Identifier owner, ForeignKey fk, ChangesByKind byKind) {
    return byKind.foreignKeysAdded().stream()
            .anyMatch(a -> a.table().equals(owner) && a.foreignKey().name().equals(fk.name()))
        || byKind.columnTypesChanged().stream()
            .anyMatch(t -> ColumnTouch.foreignKeyTouches(owner, fk, t.table(), t.after().name()));
  }

  private static boolean differ(Dialect dialect, Column own, Column target) {
    var types = dialect.types();
    if (types.hasCollation(own.type()) || types.hasCollation(target.type())) {
      return false; // varchar(40) may reference varchar(80); the servers compare them
    }
    return !types.render(own.type()).equals(types.render(target.type()));
  }

  private static PlanningException refusal(
      Dialect dialect, Identifier owner, ForeignKey fk, Column own, Table parent, Column target) {
    String ownType = dialect.types().render(own.type());
    String targetType = dialect.types().render(target.type());
    return new PlanningException(
        "foreign key "
            + fk.name().value()
            + ": "
            + owner.value()
            + "."
            + own.name().value()
            + " ("
            + ownType
            + ") would reference "
            + parent.name().value()
            + "."
            + target.name().value()
            + " ("
            + targetType
            + "), and "
            + dialect.name()
            + " refuses a foreign key between columns of different types; give both the same"
            + " type in the entities (e.g. "
            + owner.value()
            + "."
            + own.name().value()
            + " "
            + targetType
            + " too), or drop the key");
  }
}
