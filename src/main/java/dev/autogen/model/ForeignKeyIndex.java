package dev.autogen.model;

/**
 * An index a MySQL or MariaDB server made for a current foreign key under a name other than the
 * key's: InnoDB names the index of a key added without a name ({@code <table>_ibfk_1}) after the
 * key's first column. Hidden from the {@link Schema} like everything the server adds on its own
 * (the entities never declare it), and kept beside it, like {@link ColumnAttributes}, because the
 * server leaves the index behind when the key is dropped: a plan dropping the key drops it by its
 * real name.
 *
 * @param table the table, by its current name
 * @param foreignKey the foreign key's name
 * @param index the name of the index the server made for it
 */
public record ForeignKeyIndex(Identifier table, Identifier foreignKey, Identifier index) {}
