package dev.autogen.introspect;

import dev.autogen.model.Schema;
import dev.autogen.model.TableStatistics;
import java.util.List;

/**
 * What one introspection of a live schema found: the current {@link Schema}, the server's size
 * estimates per table (sorted by table name), the server version text (e.g. {@code 15.4}) and the
 * session's {@code TimeZone} setting (e.g. {@code UTC}; empty when unknown).
 */
public record Introspection(
    Schema current, List<TableStatistics> statistics, String serverVersion, String timeZone) {
  public Introspection {
    statistics = List.copyOf(statistics);
  }

  /** An introspection that did not read the time zone. */
  public Introspection(Schema current, List<TableStatistics> statistics, String serverVersion) {
    this(current, statistics, serverVersion, "");
  }
}
