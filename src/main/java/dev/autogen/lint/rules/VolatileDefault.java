package dev.autogen.lint.rules;

import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import java.util.Optional;

/**
 * Rule {@code volatile-default}: ADD COLUMN with a volatile default rewrites the whole table under
 * an ACCESS EXCLUSIVE lock. Volatile: a volatile built-in ({@link DefaultFunctions#VOLATILE}), a
 * function the migration files create without STABLE or IMMUTABLE, or a serial type (its implicit
 * {@code nextval}). Before PostgreSQL 11 (no {@code fastDefaultAddColumn}) every default rewrites.
 */
public final class VolatileDefault implements ExistingAlterRule {
  public static final Rule RULE =
      Rule.error(
          "volatile-default",
          "ADD COLUMN with a volatile default rewrites the whole table under an ACCESS EXCLUSIVE lock.",
          "Add the column without a default (or with a constant one), set the volatile default in a separate statement, and backfill existing rows in batches.");

  private final boolean fastDefault;

  /**
   * @param fastDefault whether the server stores a non-volatile default in the catalog (11+)
   */
  VolatileDefault(boolean fastDefault) {
    this.fastDefault = fastDefault;
  }

  public VolatileDefault() {
    this(true);
  }

  @Override
  public void checkAction(
      LintStatement s, String t, AlterAction a, MigrationState state, Violations out) {
    if (a.kind() == ActionKind.ADD_IDENTITY) {
      String c = a.column().orElse("?");
      out.add(
          s.line(),
          "the identity of "
              + t
              + "."
              + c
              + " draws a sequence value for every existing row: the table is rewritten while reads and writes wait",
          Optional.of(Subject.text(t, c)));
      return;
    }
    if (a.kind() != ActionKind.ADD_COLUMN) {
      return;
    }
    String c = a.column().orElse("?");
    Optional<String> why = why(a, state);
    why.ifPresent(
        w ->
            out.add(
                s.line(),
                w
                    + " of "
                    + t
                    + "."
                    + c
                    + " is computed for every existing row: the table is rewritten while reads and writes wait",
                Optional.of(Subject.text(t, c))));
  }

  private Optional<String> why(AlterAction a, MigrationState state) {
    if (a.type().filter(DefaultFunctions::serial).isPresent()) {
      return Optional.of("the implicit default nextval(...) of the " + a.type().get() + " column");
    }
    if (a.expression().isEmpty() || a.expression().get().strip().equalsIgnoreCase("NULL")) {
      return Optional.empty();
    }
    String e = a.expression().get();
    if (!fastDefault) {
      return Optional.of("before PostgreSQL 11 the default " + e);
    }
    for (String f : DefaultFunctions.calls(e)) {
      if (DefaultFunctions.VOLATILE.contains(f)
          || state.functions().volatility(f).filter(v -> v == 'v').isPresent()) {
        return Optional.of("the default " + e);
      }
    }
    return Optional.empty();
  }
}
