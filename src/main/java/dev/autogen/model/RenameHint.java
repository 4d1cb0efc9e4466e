package dev.autogen.model;

import java.util.Optional;

/**
 * The user's statement that an object was renamed, from {@code @RenamedFrom} or {@code --rename}.
 * For a table rename {@code column} is empty and {@code from}/{@code to} are table names; for a
 * column rename {@code table} names the table (its desired name) and from/to are column names.
 */
public record RenameHint(Optional<Identifier> table, Identifier from, Identifier to) {
  public static RenameHint table(Identifier from, Identifier to) {
    return new RenameHint(Optional.empty(), from, to);
  }

  public static RenameHint column(Identifier table, Identifier from, Identifier to) {
    return new RenameHint(Optional.of(table), from, to);
  }

  public boolean isTableRename() {
    return table.isEmpty();
  }
}
