package dev.autogen.entities;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * A field of an entity and the column it maps to: what two revisions of the sources are compared by
 * to see a field renamed (gone from the entity at one, new at the other).
 *
 * @param column the column of a basic field; empty for a field that maps none here ({@code
 *     transient}, {@code @Transient}, a relation), listed so that it does not count as new when it
 *     becomes a column
 * @param entity the entity class's qualified name
 * @param field the attribute path from the entity ({@code address.street} for an embedded one)
 */
public record FieldColumn(
    Identifier table, Optional<Identifier> column, String entity, String field) {}
