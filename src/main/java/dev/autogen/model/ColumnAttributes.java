package dev.autogen.model;

import java.util.Optional;

/**
 * What a MySQL or MariaDB server stores about a current column beyond the model: its character set
 * and collation (when they differ from its table's defaults), its comment and its type's display
 * width. Not a schema property (the entities do not declare them, so the two sides would never diff
 * equal), so it is kept beside the {@link Schema}, like {@link ColumnEncoding}: {@code MODIFY
 * COLUMN} restates the whole column, and what it leaves out the server drops, so the renderer
 * restates these too.
 *
 * @param table the table, by its current name
 * @param column the column, by its current name
 * @param characterSet the column's character set, when it is not the table's default
 * @param collation the column's collation, when it is not the table's default
 * @param comment the column's comment (plain text, not a literal), when it has one
 * @param declaredType the column's type as the server spells it, when that says more than its
 *     canonical {@link SqlType} (an integer's display width, {@code tinyint(1)}, which the diff
 *     ignores but applications read); written wherever the column is restated with that type
 */
public record ColumnAttributes(
    Identifier table,
    Identifier column,
    Optional<String> characterSet,
    Optional<String> collation,
    Optional<String> comment,
    Optional<String> declaredType) {

  /** The attributes of a column whose type says nothing beyond its canonical form. */
  public ColumnAttributes(
      Identifier table,
      Identifier column,
      Optional<String> characterSet,
      Optional<String> collation,
      Optional<String> comment) {
    this(table, column, characterSet, collation, comment, Optional.empty());
  }

  /** The same attributes, for {@code other} of {@code table}. */
  public ColumnAttributes forColumn(Identifier table, Identifier other) {
    return new ColumnAttributes(table, other, characterSet, collation, comment, declaredType);
  }

  /** Whether there is anything to restate. */
  public boolean isEmpty() {
    return characterSet.isEmpty()
        && collation.isEmpty()
        && comment.isEmpty()
        && declaredType.isEmpty();
  }
}
