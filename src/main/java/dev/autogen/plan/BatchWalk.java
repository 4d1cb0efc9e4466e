package dev.autogen.plan;

import dev.autogen.model.*;

/**
 * How a batched rewrite ({@link BatchedBackfill}, {@link BatchedConvertValues}) walks its table: in
 * the order of the single column primary key {@code key}, {@code batchSize} rows a batch, each
 * batch its own transaction.
 *
 * @param keyType the key's type, for the variables that hold batch bounds
 * @param pauseMillis pause after each batch
 */
public record BatchWalk(Identifier key, SqlType keyType, int batchSize, long pauseMillis) {}
