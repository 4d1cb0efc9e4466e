package dev.autogen.model;

/**
 * The database's own estimate of a table's size, read at introspection for size-aware
 * classification.
 */
public record TableStatistics(Identifier table, long estimatedRows, long totalBytes) {}
