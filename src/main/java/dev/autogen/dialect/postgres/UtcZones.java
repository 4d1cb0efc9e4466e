package dev.autogen.dialect.postgres;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a PostgreSQL {@code TimeZone} setting is UTC under one of its names: PostgreSQL
 * skips the rewrite of a timestamp/timestamptz conversion only when the session's zone has offset
 * zero at every instant, which the UTC aliases of the time zone database have and, say, {@code
 * Europe/London} has not.
 */
final class UtcZones {

  private static final Set<String> NAMES =
      Set.of(
          "utc",
          "etc/utc",
          "uct",
          "etc/uct",
          "gmt",
          "etc/gmt",
          "gmt0",
          "etc/gmt0",
          "gmt+0",
          "etc/gmt+0",
          "gmt-0",
          "etc/gmt-0",
          "greenwich",
          "etc/greenwich",
          "universal",
          "etc/universal",
          "zulu",
          "etc/zulu");

  private UtcZones() {}

  static boolean isUtc(String timeZone) {
    return timeZone != null && NAMES.contains(timeZone.trim().toLowerCase(Locale.ROOT));
  }
}
