package dev.autogen.introspect;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a set-based catalog query grouped by the table they belong to, so that each family's
 * assembler can build one table at a time from queries that read the whole schema at once.
 */
public final class RowsByTable {

  private RowsByTable() {}

  /**
   * Each table's values, in the order of the rows; a table without rows has no entry.
   *
   * @param table the name of the table a row belongs to
   * @param value what the assembler keeps of a row
   */
  public static <R, V> Map<String, List<V>> group(
      List<R> rows, Function<? super R, String> table, Function<? super R, ? extends V> value) {
    return rows.stream()
        .collect(Collectors.groupingBy(table, Collectors.mapping(value, Collectors.toList())));
  }
}
