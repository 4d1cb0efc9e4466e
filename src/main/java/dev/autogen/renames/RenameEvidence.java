package dev.autogen.renames;

import dev.autogen.entities.EntityModel;
import dev.autogen.history.HistoryBase;
import java.util.Optional;

/**
 * What the rename decision weighs besides the changes themselves.
 *
 * @param entities the entity sources as they are now: their field-name evidence and which field
 *     maps which column
 * @param history the entity sources at the history base, when git has them
 */
public record RenameEvidence(EntityModel entities, Optional<HistoryBase> history) {}
