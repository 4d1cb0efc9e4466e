package dev.autogen.entities;

import dev.autogen.model.Identifier;

/**
 * An {@code @Entity} class and the names it maps to.
 *
 * @param entityName the JPA entity name ({@code @Entity(name)} or the simple class name)
 * @param table the physical table name
 * @param logicalTable the table name before the naming strategy ({@code @Table(name)} or the entity
 *     name), from which default join table names are made
 */
record EntityInfo(TypeRef type, String entityName, Identifier table, String logicalTable) {}
