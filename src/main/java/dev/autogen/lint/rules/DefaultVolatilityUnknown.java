package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.List;

/**
 * Rule {@code default-volatility-unknown}: ADD COLUMN on an existing table with a default that
 * calls a function neither PostgreSQL's known built-ins nor the migration files define, so whether
 * it rewrites the table cannot be told from the files.
 */
public final class DefaultVolatilityUnknown implements ExistingAlterRule {
  public static final Rule RULE =
      Rule.warning(
          "default-volatility-unknown",
          "ADD COLUMN with a default calling a function the files do not define: if it is volatile, the table is rewritten under an ACCESS EXCLUSIVE lock.",
          "Check the function's volatility (SELECT provolatile FROM pg_proc WHERE proname = '...'; 'v' is volatile); if volatile, add the column without a default, set the default separately and backfill in batches.");

  @Override
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() != ActionKind.ADD_COLUMN || a.expression().isEmpty()) {
      return;
    }
    List<String> calls = DefaultFunctions.calls(a.expression().get());
    if (calls.stream().anyMatch(DefaultFunctions.VOLATILE::contains)
        || calls.stream().anyMatch(f -> state.functions().volatility(f).orElse(' ') == 'v')) {
      // volatile-default reports it
      return;
    }
    for (String f : calls) {
      if (!DefaultFunctions.NON_VOLATILE.contains(f) && state.functions().volatility(f).isEmpty()) {
        String c = a.column().orElse("?");
        out.addAboutColumn(
            t,
            c,
            "the default of "
                + t
                + "."
                + c
                + " calls "
                + f
                + "(), which the migration files do not define: if it is volatile (a plpgsql or sql function is unless declared STABLE or IMMUTABLE), the table is rewritten while reads and writes wait");
        break;
      }
    }
  }
}
