package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Sequence;
import dev.autogen.model.SourceLocation;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.util.function.Supplier;

/**
 * Refuses a name longer than the server keeps (63 bytes on PostgreSQL, 64 characters on MySQL): the
 * server would shorten it silently, and every later comparison would see the shortened name dropped
 * and the long one added. Names autogen generates are shortened to fit already; this catches the
 * ones the entities spell out. A name with a control character (a line break, a tab, NUL) is
 * refused too.
 */
final class IdentifierLengths {

  private final Dialect dialect;
  private final IdentifierRules rules;

  IdentifierLengths(Dialect dialect) {
    this.dialect = dialect;
    this.rules = dialect.identifiers();
  }

  /**
   * @throws SourceProblem at {@code where} naming the first name too long
   */
  void check(Table table, SourceLocation where) {
    // what a name is gets spelled out only for a name refused: every name of every table passes
    // here, and building each description was a tenth of this check's time (issue 18)
    check(table.name(), () -> "table " + table.name(), where);
    for (Column c : table.columns()) {
      check(c.name(), () -> "column " + table.name() + "." + c.name(), where);
    }
    table
        .primaryKey()
        .flatMap(p -> p.name())
        .ifPresent(n -> check(n, () -> "primary key " + n, where));
    for (UniqueConstraint u : table.uniques()) {
      check(u.name(), () -> "unique constraint " + u.name() + " of " + table.name(), where);
    }
    for (Index i : table.indexes()) {
      check(i.name(), () -> "index " + i.name() + " of " + table.name(), where);
    }
    for (ForeignKey f : table.foreignKeys()) {
      check(f.name(), () -> "foreign key " + f.name() + " of " + table.name(), where);
    }
    for (Check c : table.checks()) {
      check(c.name(), () -> "check constraint " + c.name() + " of " + table.name(), where);
    }
  }

  void check(Sequence sequence, SourceLocation where) {
    check(sequence.name(), () -> "sequence " + sequence.name(), where);
  }

  private void check(Identifier name, Supplier<String> what, SourceLocation where) {
    String value = name.value();
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isISOControl(ch)) {
        // a line break in a name would end the "--" comment lines that carry names in every
        // file header, and what follows would run as SQL
        throw new SourceProblem(
            where,
            what.get().replaceAll("\\p{Cntrl}", "?")
                + String.format(
                    " contains the control character U+%04X: choose a name without one", (int) ch));
      }
    }
    int length = rules.length(name);
    if (length > rules.maxLength()) {
      throw new SourceProblem(
          where,
          what.get()
              + " is "
              + length
              + " "
              + rules.lengthUnit()
              + " long; "
              + dialect.name()
              + " keeps at most "
              + rules.maxLength()
              + " "
              + rules.lengthUnit()
              + " of a name and would shorten it: choose a shorter name");
    }
  }
}
