package dev.autogen.dialect.mysql;

import dev.autogen.model.SqlType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The display width and {@code ZEROFILL} of an integer column, which the canonical type drops (they
 * change nothing stored, so the diff ignores them) but applications read: Connector/J and MariaDB
 * Connector/J read a {@code tinyint(1)} as a boolean ({@code tinyInt1isBit}), and a zerofill
 * column's values come back padded to its width. A statement restating such a column writes them
 * again, or the server gives it the type's default width ({@code tinyint(4)}) and no zerofill.
 *
 * <p>Every width the server reports is kept, not only {@code tinyint(1)}: MariaDB (10.11, tried)
 * keeps and shows any width, while MySQL 8.0.19 and later report none but {@code tinyint(1)}'s and
 * a zerofill column's (widths are deprecated there except for those two), so what the server
 * reports is what it keeps. A width the server would give the type anyway is left out, so that
 * plain columns are written as before.
 */
final class DisplayWidths {

  private DisplayWidths() {}

  /** {@code int(4) unsigned zerofill}: a name, its width, then its attribute words. */
  private static final Pattern INTEGER =
      Pattern.compile(
          "^([a-z0-9]+)\\s*(?:\\(\\s*(\\d+)\\s*\\))?((?:\\s+(?:signed|unsigned|zerofill))*)$");

  /** The widths MariaDB 10.11 gives a signed integer type declared without one (tried). */
  private static final Map<String, Integer> SIGNED =
      Map.of("tinyint", 4, "smallint", 6, "mediumint", 9, "int", 11, "bigint", 20);

  /** The widths it gives an unsigned one. */
  private static final Map<String, Integer> UNSIGNED =
      Map.of("tinyint", 3, "smallint", 5, "mediumint", 8, "int", 10, "bigint", 20);

  /**
   * {@code typeText} (whose canonical form is {@code type}) as a column definition writes it, when
   * it has a width other than the type's default or is zerofill: the canonical name with the width
   * and {@code zerofill} put back ({@code tinyint(1)}, {@code int(5) unsigned zerofill}); empty for
   * any other type or text.
   */
  static Optional<String> declared(String typeText, SqlType type) {
    String[] words = type.name().split(" ", 2);
    String base = words[0];
    if (!SIGNED.containsKey(base) || !type.args().isEmpty()) {
      return Optional.empty();
    }
    Matcher m = INTEGER.matcher(typeText.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean zerofill = m.group(3).contains("zerofill");
    boolean unsigned = words.length > 1;
    Integer width = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    int usual = (unsigned ? UNSIGNED : SIGNED).get(base);
    if (!zerofill && (width == null || width == usual)) {
      return Optional.empty();
    }
    return Optional.of(
        base
            + (width == null ? "" : "(" + width + ")")
            + (unsigned ? " " + words[1] : "")
            + (zerofill ? " zerofill" : ""));
  }
}
