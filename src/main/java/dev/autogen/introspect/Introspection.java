package dev.autogen.introspect;

import dev.autogen.model.Schema;
import dev.autogen.model.TableStatistics;
import java.util.List;

/**
 * What one introspection of a live schema found: the current {@link Schema}, the server's size
 * estimates per table (sorted by table name) and the server version text (e.g. {@code 15.4}).
 */
public record Introspection(
    Schema current, List<TableStatistics> statistics, String serverVersion) {
  public Introspection {
    statistics = List.copyOf(statistics);
  }
}
