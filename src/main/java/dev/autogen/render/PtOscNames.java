package dev.autogen.render;

import dev.autogen.model.Identifier;

/**
 * The names pt-online-schema-change gives the objects of its copy of a table, which its {@code
 * --alter} must use: a foreign key {@code fk} is {@code _fk} on the copy ({@code __fk} becomes
 * {@code fk}, {@code _fk} becomes {@code __fk}), cut to 64 characters (pt-online-schema-change
 * 3.2.1, {@code create_new_table}; its documentation: "DROP FOREIGN KEY constraint_name requires
 * specifying _constraint_name").
 */
final class PtOscNames {

  private PtOscNames() {}

  static Identifier copysKey(Identifier key) {
    String name = key.value();
    String copy;
    if (name.startsWith("__")) {
      copy = name.substring(2);
    } else {
      copy = "_" + name;
    }
    return Identifier.of(copy.length() > 64 ? copy.substring(0, 64) : copy);
  }
}
