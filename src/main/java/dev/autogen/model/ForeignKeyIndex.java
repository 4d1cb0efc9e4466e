package dev.autogen.model;

/**
 * An index a MySQL or MariaDB server made for a current foreign key, by its real name: InnoDB names
 * it after the key, or, for a key added without a name ({@code <table>_ibfk_1}), after the key's
 * first column. Hidden from the {@link Schema} like everything the server adds on its own (the
 * entities never declare it), and kept beside it, like {@link ColumnAttributes}, because the server
 * leaves the index behind when the key is dropped (a plan dropping the key drops it by its real
 * name), and because a key without one uses another index of its table, which a plan cannot drop
 * before the key has one of its own.
 *
 * @param table the table, by its current name
 * @param foreignKey the foreign key's name
 * @param index the name of the index the server made for it
 */
public record ForeignKeyIndex(Identifier table, Identifier foreignKey, Identifier index) {}
