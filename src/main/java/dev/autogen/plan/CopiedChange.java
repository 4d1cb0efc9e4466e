package dev.autogen.plan;

/**
 * What an operation that may copy a table changes, in the words of the messages about it: its
 * {@code subject} ({@code column qty}, {@code check qty_ok}) and a {@code sentence} saying what
 * happens ({@code the type of qty changes}). One place for the operations {@link
 * TableCopies#copiedTable} knows; any other (copied since its table holds a key kept as a hash) is
 * named by its kind, {@code add column}.
 */
public record CopiedChange(String subject, String sentence) {

  public static CopiedChange of(Operation op) {
    if (op instanceof AlterColumnType a) {
      String column = a.column().name().value();
      return new CopiedChange("column " + column, "the type of " + column + " changes");
    } else if (op instanceof AddCheck a) {
      String check = "check " + a.check().name().value();
      return new CopiedChange(check, check + " is added");
    } else if (op instanceof SetNotNull n) {
      return new CopiedChange(
          "column " + n.column().value(), n.column().value() + " becomes NOT NULL");
    } else if (op instanceof DropNotNull n) {
      return new CopiedChange(
          "column " + n.column().value(), n.column().value() + " becomes nullable");
    } else if (op instanceof AddUnique u) {
      String key = "unique key " + u.unique().name().value();
      return new CopiedChange(key, key + ", longer than the index limit (a hash), is added");
    } else if (op instanceof DropConstraint d) {
      String key = "key " + d.constraint().value();
      return new CopiedChange(key, key + ", which the rows are clustered on, is dropped");
    } else if (op instanceof AddForeignKey f) {
      String key = "foreign key " + f.foreignKey().name().value();
      return new CopiedChange(key, key + " is added");
    }
    // any other change copies for its table's sake (a key kept as a hash): named by its kind
    String kind = op.kind().replace('_', ' ');
    return new CopiedChange(kind, kind);
  }
}
