package dev.autogen.render;

import dev.autogen.model.ColumnAttributes;
import dev.autogen.model.Identifier;
import dev.autogen.plan.CreateSyncTrigger;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.Operation;
import dev.autogen.plan.RenameColumn;
import dev.autogen.plan.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The character set, collation and comment ({@link ColumnAttributes}) of the columns a plan makes
 * as copies of current ones, so that the copy keeps them. A column a sync trigger keeps in step
 * with a current one (the new column of a rename, the shadow column of a type swap, a retired
 * column re-added by a downgrade) replaces it when the plan switches to it or drops the old one:
 * without the old column's attributes the switch would silently lose them. A renamed column keeps
 * its own. Pure.
 */
public final class CarriedColumnAttributes {

  private CarriedColumnAttributes() {}

  /** Two columns of one table that the plan keeps in step or renames one into the other. */
  private record Paired(Identifier table, Identifier one, Identifier other) {}

  /**
   * {@code current} plus, for every column the plan pairs with a current column (by a sync trigger
   * or a rename) and that has no attributes of its own, the current column's attributes under its
   * name.
   */
  public static List<ColumnAttributes> of(MigrationPlan plan, List<ColumnAttributes> current) {
    AttributesByColumn byColumn = new AttributesByColumn(current);
    List<Paired> pairs = new ArrayList<>();
    for (Step step : plan.steps()) {
      for (List<Operation> ops : List.of(step.upgrade(), step.downgrade())) {
        for (Operation op : ops) {
          if (op instanceof CreateSyncTrigger s) {
            pairs.add(new Paired(s.table(), s.oldColumn().name(), s.newColumn().name()));
          } else if (op instanceof RenameColumn r) {
            pairs.add(new Paired(r.table(), r.from(), r.to()));
          }
        }
      }
    }
    // a swap chains its pairs (old -> shadow, old -> retired): spread until nothing changes
    boolean spread = true;
    while (spread) {
      spread = false;
      for (Paired p : pairs) {
        spread |=
            byColumn.carry(p.table(), p.one(), p.other())
                | byColumn.carry(p.table(), p.other(), p.one());
      }
    }
    return byColumn.values();
  }
}
