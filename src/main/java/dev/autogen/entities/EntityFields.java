package dev.autogen.entities;

import java.util.List;

/** An entity's mapped fields in column order. */
record EntityFields(List<FieldSlot> slots) {
  EntityFields {
    slots = List.copyOf(slots);
  }

  List<MappedColumn> basicColumns() {
    return slots.stream()
        .filter(FieldSlot.Basic.class::isInstance)
        .map(s -> ((FieldSlot.Basic) s).column())
        .toList();
  }

  List<MappedColumn> idColumns() {
    return basicColumns().stream().filter(MappedColumn::id).toList();
  }
}
