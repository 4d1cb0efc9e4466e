package dev.autogen.renames;

import dev.autogen.model.RenameHint;

/**
 * A drop + add pair that is most likely a rename, which autogen asks about instead of deciding:
 * planned as drop + add it would lose the column's data. The user answers with {@code --rename} or
 * {@code @RenamedFrom} (a rename), or {@code --no-rename-check} (drop + add).
 *
 * @param rename the rename the evidence points at (a column of one table)
 * @param evidence why, as the end of a sentence: "the entity field still has the Java name ..."
 */
public record RenameQuestion(RenameHint rename, String evidence) {

  static RenameQuestion fieldName(RenameHint h) {
    return new RenameQuestion(
        h, "the entity field still has the Java name that maps to " + h.from());
  }

  static RenameQuestion joinColumn(RenameHint h) {
    return new RenameQuestion(h, "both are the join column of a foreign key to the same table");
  }

  static RenameQuestion history(HistoryRenames.Rename r, String revision) {
    String entity = r.entity().substring(r.entity().lastIndexOf('.') + 1);
    return new RenameQuestion(
        r.hint(),
        "git history shows the entity field renamed: at "
            + revision
            + " "
            + entity
            + "."
            + r.fromField()
            + " mapped to "
            + r.hint().from()
            + ", and "
            + entity
            + "."
            + r.toField()
            + ", new since, maps to "
            + r.hint().to());
  }

  /** The question as the user reads it, with the ways to answer it. */
  public String text() {
    String table = rename.table().map(Object::toString).orElse("");
    String from = table + "." + rename.from();
    return from
        + " is dropped and "
        + table
        + "."
        + rename.to()
        + " added with the same type, and "
        + evidence
        + ": this is most likely a rename, which drop + add would turn into data loss. Confirm it"
        + " with --rename "
        + from
        + "="
        + rename.to()
        + " or @RenamedFrom(\""
        + rename.from()
        + "\"), or rerun with --no-rename-check to drop and add.";
  }
}
