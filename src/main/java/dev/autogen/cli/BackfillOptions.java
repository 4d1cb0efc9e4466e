package dev.autogen.cli;

import dev.autogen.dialect.Dialect;
import dev.autogen.sql.ColumnReads;
import dev.autogen.sql.SqlExpressions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks {@code --backfill table.column=EXPRESSION} (and the config's {@code backfill}) before
 * anything is read: the value is written into an UPDATE as it is, so it must be exactly one SQL
 * expression.
 */
final class BackfillOptions {

  private BackfillOptions() {}

  static void check(Map<String, String> backfills, Dialect dialect) {
    backfills.forEach(
        (target, expression) -> {
          int dot = target.indexOf('.');
          if (dot < 1 || dot == target.length() - 1 || target.indexOf('.', dot + 1) >= 0) {
            throw new UserError(
                ExitCode.USAGE,
                "--backfill '" + target + "=" + expression + "' is not table.column=expression");
          }
          SqlExpressions.problem(expression, dialect)
              .ifPresent(
                  why -> {
                    throw new UserError(
                        ExitCode.USAGE,
                        "--backfill "
                            + target
                            + ": "
                            + why
                            + " (a value such as 'basic', 0 or lower(name); quote text in single"
                            + " quotes)");
                  });
        });
  }

  /**
   * The backfill expressions that read a column of the row, decided here by the SQL layer so that
   * the renderer never reads SQL.
   */
  static Set<String> readingColumns(Map<String, String> backfills, Dialect dialect) {
    return backfills.values().stream()
        .filter(expression -> ColumnReads.any(expression, dialect))
        .collect(Collectors.toSet());
  }
}
