package dev.autogen.render;

import dev.autogen.model.Identifier;
import dev.autogen.plan.ShortNames;

/**
 * The name shared by a sync trigger and its function: {@code <table>_sync_<old>_<new>}, shortened
 * to the dialect's limit deterministically (a cut prefix plus a hash of the full name), so that the
 * step that drops it computes the same name as the step that made it.
 */
final class SyncTriggerName {

  private SyncTriggerName() {}

  static Identifier of(Identifier table, Identifier oldColumn, Identifier newColumn, int maxBytes) {
    return ShortNames.of(
        table.value() + "_sync_" + oldColumn.value() + "_" + newColumn.value(), maxBytes);
  }

  /** The name with a suffix (the insert and update triggers of one pair), shortened alike. */
  static Identifier of(
      Identifier table, Identifier oldColumn, Identifier newColumn, String suffix, int maxBytes) {
    return ShortNames.of(
        table.value() + "_sync_" + oldColumn.value() + "_" + newColumn.value() + suffix, maxBytes);
  }
}
