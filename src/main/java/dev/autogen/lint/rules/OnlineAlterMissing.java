package dev.autogen.lint.rules;

import dev.autogen.dialect.Capabilities;
import dev.autogen.lint.ActionKind;
import dev.autogen.lint.AlterAction;
import dev.autogen.lint.LintStatement;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.MigrationState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code alter-not-online} (MySQL, MariaDB): an {@code ALTER TABLE} on an existing table that
 * does not demand an online change ({@code ALGORITHM=INSTANT}, or {@code ALGORITHM=INPLACE,
 * LOCK=NONE}) lets the server silently copy the table or lock its writes when the change cannot be
 * made online; one that asks for {@code ALGORITHM=COPY} or {@code LOCK=SHARED|EXCLUSIVE} does so on
 * purpose. Actions other rules judge (indexes, foreign keys, copying type changes, rebuilds) and
 * catalog-only ones (renames, comments) need no clause here.
 */
final class OnlineAlterMissing implements StatementCheck {
  static final Rule RULE =
      Rule.error(
          "alter-not-online",
          "ALTER TABLE without ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE (or with ALGORITHM=COPY / LOCK=SHARED|EXCLUSIVE) may copy the table and block its writes.",
          "Say what you expect: ALGORITHM=INSTANT for instant changes, else ALGORITHM=INPLACE, LOCK=NONE; the server then refuses instead of copying or locking, and the change goes to gh-ost / pt-online-schema-change.");

  /** Actions with a rule of their own, or that only touch the catalog. */
  private static final Set<ActionKind> NOT_JUDGED_HERE =
      EnumSet.of(
          ActionKind.ALGORITHM,
          ActionKind.LOCK,
          ActionKind.ADD_INDEX,
          ActionKind.ADD_UNIQUE,
          ActionKind.ADD_FOREIGN_KEY,
          ActionKind.REBUILD,
          ActionKind.RENAME_COLUMN,
          ActionKind.RENAME_TABLE,
          ActionKind.RENAME_CONSTRAINT,
          ActionKind.COMMENT,
          ActionKind.DROP_INDEX);

  private final Capabilities capabilities;
  private final ColumnTypeChange typeChange;

  /**
   * @param typeChange tells which type changes copy the table (those are its findings)
   */
  OnlineAlterMissing(Capabilities capabilities, ColumnTypeChange typeChange) {
    this.capabilities = capabilities;
    this.typeChange = typeChange;
  }

  @Override
  public void check(LintStatement s, MigrationState state, Violations out) {
    // an existing table's name is present; an empty t only meets an empty list of actions
    String t = s.table().orElse("");
    List<AlterAction> judged =
        ExistingAlter.actions(s, state).stream()
            .filter(a -> !NOT_JUDGED_HERE.contains(a.kind()))
            .filter(a -> !(a.kind() == ActionKind.ALTER_TYPE && typeChange.copies(t, a, state)))
            .toList();
    if (judged.isEmpty()) {
      return;
    }
    if (s.asksToBlock()) {
      alter(
          out,
          s,
          "asks for "
              + (s.option(ActionKind.ALGORITHM).filter("COPY"::equals).isPresent()
                  ? "ALGORITHM=COPY: the table is copied while its writes wait"
                  : "LOCK="
                      + s.option(ActionKind.LOCK).orElse("")
                      + ": its writes wait until the change ends"));
      return;
    }
    if (s.demandsOnline()) {
      return;
    }
    alter(
        out,
        s,
        "does not demand an online change: add "
            + suggestion(judged)
            + " so the server refuses rather than copying the table or blocking its writes");
  }

  /** The finding on the ALTER TABLE {@code s}: {@code ALTER TABLE t <what>}. */
  private static void alter(Violations out, LintStatement s, String what) {
    out.add("ALTER TABLE " + s.table().get() + " " + what, s.table());
  }

  /** INSTANT where the server can do every judged action instantly, else INPLACE with no lock. */
  private String suggestion(List<AlterAction> judged) {
    boolean instant =
        judged.stream()
            .allMatch(
                a ->
                    (a.kind() == ActionKind.ADD_COLUMN && capabilities.instantAddColumn())
                        || (a.kind() == ActionKind.DROP_COLUMN && capabilities.instantDropColumn())
                        || a.kind() == ActionKind.SET_DEFAULT
                        || a.kind() == ActionKind.DROP_DEFAULT);
    return instant ? "ALGORITHM=INSTANT" : "ALGORITHM=INPLACE, LOCK=NONE";
  }
}
