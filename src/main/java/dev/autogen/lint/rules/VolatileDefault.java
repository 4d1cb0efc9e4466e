package dev.autogen.lint.rules;

import dev.autogen.lint.AlterAction;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
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
  public void checkAction(String t, AlterAction a, MigrationState state, Violations out) {
    String c = a.column().orElse("?");
    Optional<String> rewrite =
        switch (a.kind()) {
          case ADD_IDENTITY ->
              Optional.of(
                  everyRowRewritten("the identity of " + t + "." + c, "draws a sequence value"));
          case ADD_COLUMN ->
              why(a, state).map(w -> everyRowRewritten(w + " of " + t + "." + c, "is computed"));
          default -> Optional.empty();
        };
    rewrite.ifPresent(m -> out.addAboutColumn(t, c, m));
  }

  /**
   * The finding's sentence when {@code what} {@code how} ("is computed", "draws a sequence value")
   * for every existing row, so that the table is rewritten; {@code stored-generated-column} says it
   * in the same words.
   */
  static String everyRowRewritten(String what, String how) {
    return what
        + " "
        + how
        + " for every existing row: the table is rewritten while reads and writes wait";
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
