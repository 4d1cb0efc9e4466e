package dev.autogen.model;

import java.util.List;

/**
 * How a partitioned table of the current schema is split: the columns of its partition key (a key
 * over expressions lists the plain columns it names). PostgreSQL refuses a primary key or unique
 * constraint on the table that leaves any of them out; its partitions are never tables of their own
 * in the model.
 *
 * @param expressions whether the key also holds expressions, which no key constraint can include
 */
public record PartitionKey(Identifier table, List<Identifier> columns, boolean expressions) {
  public PartitionKey {
    columns = List.copyOf(columns);
  }
}
