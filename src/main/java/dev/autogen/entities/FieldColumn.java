package dev.autogen.entities;

import dev.autogen.model.Identifier;

/**
 * A basic field of an entity and the column it maps to: what two revisions of the sources are
 * compared by to see a field renamed (gone from the entity at one, new at the other).
 *
 * @param entity the entity class's qualified name
 * @param field the attribute path from the entity ({@code address.street} for an embedded one)
 */
public record FieldColumn(Identifier table, Identifier column, String entity, String field) {}
