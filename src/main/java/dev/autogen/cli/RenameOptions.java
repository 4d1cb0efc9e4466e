package dev.autogen.cli;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code --rename users.username=display_name} (column) and {@code old=new} (table). */
final class RenameOptions {

  private RenameOptions() {}

  static List<RenameHint> parse(List<String> values, IdentifierRules names) {
    List<RenameHint> hints = new ArrayList<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq < 1 || eq == v.length() - 1) {
        throw new UserError(
            ExitCode.USAGE,
            "--rename '" + v + "' is not table.old_column=new_column or old_table=new_table");
      }
      String left = v.substring(0, eq).trim();
      String to = v.substring(eq + 1).trim();
      int dot = left.lastIndexOf('.');
      if (left.isEmpty()
          || to.isEmpty()
          || left.endsWith(".")
          || left.startsWith(".")
          || (dot > 0 && left.substring(dot + 1).isBlank())) {
        throw new UserError(
            ExitCode.USAGE,
            "--rename '" + v + "' is not table.old_column=new_column or old_table=new_table");
      }
      if (dot > 0) {
        hints.add(
            RenameHint.column(
                names.fromSql(left.substring(0, dot)),
                names.fromSql(left.substring(dot + 1)),
                names.fromSql(to)));
      } else {
        hints.add(RenameHint.table(names.fromSql(left), names.fromSql(to)));
      }
    }
    return hints;
  }

  /**
   * Refuses a {@code --rename} whose old name the database does not have, unless the new name is
   * already there (a rename done before, still in the config): a typo would otherwise be ignored
   * and a drop and an add planned in its place.
   */
  static void checkAgainst(Schema current, List<RenameHint> hints) {
    for (RenameHint h : hints) {
      if (h.isTableRename()) {
        if (current.table(h.from()).isEmpty() && current.table(h.to()).isEmpty()) {
          throw new UserError(
              ExitCode.USAGE,
              "--rename " + h.from() + "=" + h.to() + ": the database has no table " + h.from());
        }
        continue;
      }
      Identifier table = h.table().orElseThrow();
      String option = "--rename " + table + "." + h.from() + "=" + h.to();
      Optional<Table> t =
          current
              .table(table)
              .or(
                  () ->
                      hints.stream()
                          .filter(x -> x.isTableRename() && x.to().equals(table))
                          .findFirst()
                          .flatMap(x -> current.table(x.from())));
      if (t.isEmpty()) {
        throw new UserError(ExitCode.USAGE, option + ": the database has no table " + table);
      }
      if (t.get().column(h.from()).isEmpty() && t.get().column(h.to()).isEmpty()) {
        throw new UserError(
            ExitCode.USAGE, option + ": " + t.get().name() + " has no column " + h.from());
      }
    }
  }
}
