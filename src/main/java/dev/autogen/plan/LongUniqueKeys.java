package dev.autogen.plan;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Unique keys longer than InnoDB's index limit, which MariaDB keeps as a hash over a hidden virtual
 * column ({@code Capabilities#longUniqueHash}): such a key is added by copying the table and
 * dropped with {@code DROP INDEX}. hawkBit's {@code sp_auto_assignment (name, query)}, {@code
 * varchar(128)} and {@code varchar(1024)}, is one; -m's in-place add stopped there.
 */
final class LongUniqueKeys {

  /** InnoDB's key limit with the DYNAMIC row format, MariaDB's default since 10.2. */
  static final int MAX_KEY_BYTES = 3072;

  // utf8mb4, MariaDB 10.11's default: a character takes up to four bytes in the key
  private static final int BYTES_PER_CHARACTER = 4;
  private static final Set<String> CHARACTERS = Set.of("varchar", "char");
  private static final Set<String> BYTES = Set.of("varbinary", "binary");

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
      bytes += keyBytes(type.get());
    }
    return bytes > MAX_KEY_BYTES;
  }

  private static long keyBytes(SqlType type) {
    String name = type.name();
    // tinytext ... longtext, tinyblob ... longblob, json: no length a key could hold whole
    if (name.endsWith("text") || name.endsWith("blob") || name.equals("json")) {
      return MAX_KEY_BYTES + 1L;
    }
    long length = type.args().isEmpty() ? 1 : type.args().get(0);
    if (CHARACTERS.contains(name)) {
      return length * BYTES_PER_CHARACTER;
    }
    return BYTES.contains(name) ? length : 8; // numbers and times: a few bytes each
  }
}
