package dev.autogen.model;

/**
 * The sequence a table's generated id draws from, as the entity sources declare it
 * ({@code @GeneratedValue(SEQUENCE)} with or without a {@code @SequenceGenerator}). The database
 * does not record it: the application calls the sequence, no column default does.
 */
public record IdSequence(Identifier table, Identifier column, Identifier sequence) {}
