package dev.autogen.lint.run;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.lint.Finding;
import dev.autogen.lint.rules.DefaultVolatilityUnknown;
import dev.autogen.lint.rules.VolatileDefault;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles {@code default-volatility-unknown} warnings on the dev database: once the migrations are
 * replayed there, {@code pg_proc.provolatile} says whether a default's function is volatile (the
 * warning becomes a {@code volatile-default} error) or not (the warning goes). A function the dev
 * database does not have either keeps its warning.
 */
final class FunctionVolatility {
  private static final Pattern CALLS = Pattern.compile(" calls ([^ (]+)\\(\\)");

  private FunctionVolatility() {}

  /** The functions the warnings ask about. */
  static Set<String> asked(List<Finding> findings) {
    Set<String> names = new TreeSet<>();
    for (Finding f : findings) {
      function(f).ifPresent(names::add);
    }
    return names;
  }

  /**
   * Each function's volatility on the dev database ({@code v}, {@code s} or {@code i}); of
   * overloads, the most volatile. Only PostgreSQL has {@code pg_proc}; the warnings only arise
   * there.
   */
  static Map<String, Character> read(DevDatabase db, Set<String> names) throws SQLException {
    Map<String, Character> out = new HashMap<>();
    if (names.isEmpty()) {
      return out;
    }
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT proname, provolatile FROM pg_catalog.pg_proc WHERE proname = ANY (?)")) {
      Array array = c.createArrayOf("text", names.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          char v = rs.getString(2).charAt(0);
          out.merge(rs.getString(1), v, FunctionVolatility::moreVolatile);
        }
      }
    }
    return out;
  }

  /** Replaces or drops the settled warnings, in place. */
  static void settle(List<Finding> findings, Map<String, Character> volatility) {
    if (volatility.isEmpty()) {
      return;
    }
    for (int i = findings.size() - 1; i >= 0; i--) {
      Finding f = findings.get(i);
      Optional<Character> v = function(f).map(volatility::get);
      if (v.isEmpty()) {
        continue;
      }
      if (v.get() == 'v') {
        findings.set(
            i,
            new Finding(
                f.file(),
                f.line(),
                VolatileDefault.RULE,
                f.message().substring(0, f.message().indexOf("(), which") + 2)
                    + ", which the dev database says is volatile (pg_proc.provolatile = 'v'):"
                    + " it is computed for every existing row, the table is rewritten while"
                    + " reads and writes wait",
                f.subject(),
                Optional.empty()));
      } else {
        findings.remove(i);
      }
    }
  }

  private static Optional<String> function(Finding f) {
    if (!f.rule().code().equals(DefaultVolatilityUnknown.RULE.code())) {
      return Optional.empty();
    }
    Matcher m = CALLS.matcher(f.message());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static char moreVolatile(char a, char b) {
    String order = "isv";
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }
}
