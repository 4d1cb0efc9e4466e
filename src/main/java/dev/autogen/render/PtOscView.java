package dev.autogen.render;

import dev.autogen.model.Identifier;
import dev.autogen.plan.CopiedChange;
import dev.autogen.plan.OnlineSchemaChange;
import java.util.function.Function;

/**
 * The view of a change handed to pt-online-schema-change: its ALTER's clauses as the tool takes
 * them, quoted for the shell, or why it cannot take them.
 */
final class PtOscView {

  private PtOscView() {}

  /**
   * @param statement the change's own ALTER TABLE, as the step would write it
   * @param q quotes a name for the dialect
   */
  static StatementViews.OnlineSchemaChange of(
      OnlineSchemaChange op, String statement, Function<Identifier, String> q) {

    String prefix = "ALTER TABLE " + q.apply(op.table()) + " ";
    // the tool's commands are written on "--" comment lines, which a line break would end
    if (statement.contains("\n") || statement.contains("\r")) {
      throw unhandable(
          op,
          "pt-online-schema-change cannot take the change, its ALTER holds a line break (in a"
              + " name, comment, default or expression), which would end the comment lines that"
              + " carry the tool's commands; remove the line break, or rerun with --allow-copy to"
              + " write the ALTER with ALGORITHM=COPY");
    }
    // a ';' inside a literal or name is one statement to the server, but the tool's --alter is
    // not parsed as SQL (it scans the clauses with patterns), so it is not handed to it unproven
    if (statement.contains(";")) {
      throw unhandable(
          op,
          "pt-online-schema-change is not given an ALTER holding a ';' (in a name, comment,"
              + " default or expression); remove it, or rerun with --allow-copy to write the ALTER"
              + " with ALGORITHM=COPY");
    }
    if (!statement.startsWith(prefix)) {
      throw new IllegalStateException(
          "pt-online-schema-change takes one ALTER TABLE of "
              + q.apply(op.table())
              + ": "
              + statement);
    }
    // pt-online-schema-change applies the clauses to its copy; the copy's own clause has no place
    String alter = statement.substring(prefix.length());
    if (alter.endsWith(OnlineClauses.COPY)) {
      alter = alter.substring(0, alter.length() - OnlineClauses.COPY.length());
    }
    // keys lifted around the change still hold when the tool runs: it drops them on its copy
    StringBuilder tool = new StringBuilder();
    for (Identifier key : op.droppedKeys()) {
      tool.append("DROP FOREIGN KEY ").append(q.apply(PtOscNames.copysKey(key))).append(", ");
    }
    tool.append(alter);
    return new StatementViews.OnlineSchemaChange(
        q.apply(op.table()),
        String.format(java.util.Locale.ROOT, "%,d", op.rows()),
        alter,
        // every argument single-quoted: the clauses hold backticks, and names may hold anything
        ShellWords.quote(tool.toString()),
        ShellWords.quote(op.dsn()),
        statement);
  }

  /** Why a change cannot be handed to the tool, after the table and what changes, in one line. */
  private static UnrenderableChange unhandable(OnlineSchemaChange op, String why) {
    return new UnrenderableChange(
        "table "
            + oneLine(op.table().value())
            + ", "
            + oneLine(CopiedChange.of(op.change()).subject())
            + ": "
            + why);
  }

  /** A name as one line of a message: line breaks written {@code \n} / {@code \r}. */
  private static String oneLine(String name) {
    return name.replace("\n", "\\n").replace("\r", "\\r");
  }
}
