package dev.autogen.model;

/**
 * A column the application never writes on insert ({@code @Column(insertable = false)} with no
 * other mapping of the column writing it), as the entity sources declare it: its value comes from
 * the database (a default, a trigger), so the database must keep supplying it. The schema cannot
 * tell; only the code knows what it leaves out.
 */
public record UnwrittenColumn(Identifier table, Identifier column) {}
