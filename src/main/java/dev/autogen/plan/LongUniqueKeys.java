package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Unique keys longer than InnoDB's index limit, which MariaDB keeps as a hash over a hidden virtual
 * column ({@code Capabilities#longUniqueHash}): such a key is added by copying the table and
 * dropped with {@code DROP INDEX}. hawkBit's {@code sp_auto_assignment (name, query)}, {@code
 * varchar(128)} and {@code varchar(1024)}, is one; -m's in-place add stopped there. How many bytes
 * a column takes in a key is the dialect's answer ({@code TypeMapper#keyBytes}).
 */
final class LongUniqueKeys {

  /** InnoDB's key limit with the DYNAMIC row format, MariaDB's default since 10.2. */
  static final int MAX_KEY_BYTES = 3072;

  private LongUniqueKeys() {}

  /** Whether a unique key over {@code columns} of {@code table} is kept as a hash. */
  static boolean isLong(Dialect dialect, Optional<Table> table, List<Identifier> columns) {
    if (!dialect.capabilities().longUniqueHash() || table.isEmpty()) {
      return false;
    }
    long bytes = 0;
    for (Identifier column : columns) {
      Optional<SqlType> type = table.get().column(column).map(c -> c.type());
      if (type.isEmpty()) {
        return false;
      }
      // each capped past the limit: a text column answers Long.MAX_VALUE, which a sum would wrap
      bytes += Math.min(dialect.types().keyBytes(type.get()), MAX_KEY_BYTES + 1L);
    }
    return bytes > MAX_KEY_BYTES;
  }

  /** The names of {@code table}'s unique keys that the server keeps as hashes. */
  static Set<Identifier> of(Dialect dialect, Table table) {
    return table.uniques().stream()
        .filter(u -> isLong(dialect, Optional.of(table), u.columns()))
        .map(UniqueConstraint::name)
        .collect(Collectors.toSet());
  }
}
