package dev.autogen.plan;

import java.util.Map;
import java.util.Optional;

/**
 * What the user told the planner: backfill expressions keyed {@code table.column} (from {@code
 * --backfill users.tier="'basic'"}), as SQL used verbatim.
 */
public record PlanOptions(Map<String, String> backfills) {
  public PlanOptions {
    backfills = Map.copyOf(backfills);
  }

  public static PlanOptions none() {
    return new PlanOptions(Map.of());
  }

  Optional<String> backfill(String table, String column) {
    return Optional.ofNullable(backfills.get(table + "." + column));
  }
}
