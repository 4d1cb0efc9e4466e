package dev.autogen.entities;

import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Warning;
import java.util.List;

/**
 * What the entity sources ask for: the desired schema, the renames the user declared with
 * {@code @RenamedFrom}, and every mapping the reader could not honour.
 */
public record EntityModel(Schema desired, List<RenameHint> renames, List<Warning> warnings) {
  public EntityModel {
    renames = List.copyOf(renames);
    warnings = List.copyOf(warnings);
  }
}
