package dev.autogen.cli;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.List;

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
}
