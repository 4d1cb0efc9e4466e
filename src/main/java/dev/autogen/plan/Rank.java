package dev.autogen.plan;

/** Order of operations inside one step; one place, each rule with its reason. */
final class Rank {
  private Rank() {}

  /**
   * Table renames before everything, prechecks too: the differ names a renamed table by its new
   * name in every other change, and undone last, they let those changes' undos use it as well.
   */
  static final int RENAME_TABLE = 1;

  /** Checks that stop a step before it changes anything, when nothing after them depends on it. */
  static final int PRECHECK = 5;

  /**
   * Foreign keys go before the other relaxations: a primary key or unique whose index a foreign key
   * uses cannot be dropped while it stands (a renamed key column, a dropped referencing table).
   */
  static final int DROP_FOREIGN_KEY = 8;

  /** Relaxing first: dropped constraints and NOT NULLs cannot get in the way of what follows. */
  static final int RELAX = 10;

  /** A compatibility view must go before anything drops a column it selects. */
  static final int DROP_VIEW = 15;

  /** Sequences before the tables whose defaults may call them. */
  static final int SEQUENCE = 20;

  /** Renames before everything that refers to objects by their new names. */
  static final int RENAME = 30;

  /** New tables, referenced ones first (the differ's order). */
  static final int CREATE_TABLE = 40;

  static final int ADD_COLUMN = 50;

  static final int ALTER_COLUMN = 60;

  static final int ADD_CONSTRAINT = 70;

  /**
   * A unique key InnoDB clusters a table without a primary key on goes after the primary key the
   * step adds to that table, which takes its place in place (see {@link ClusteredKeys}).
   */
  static final int AFTER_NEW_PRIMARY_KEY = 75;

  /** Foreign keys last: every table and column they name exists by then. */
  static final int ADD_FOREIGN_KEY = 80;

  static final int INDEX = 90;

  /**
   * A foreign key that references a unique key the step builds (on PostgreSQL concurrently, in the
   * indexes step): the server accepts it only once that key exists.
   */
  static final int AFTER_INDEX = 92;

  /**
   * A renamed table's compatibility view after the step's other changes: a view stops a type change
   * of a column it selects, and is dropped first when the step is undone.
   */
  static final int CREATE_VIEW = 95;

  /** Drops after everything else in a contract step; tables after their columns. */
  static final int DROP_COLUMN = 100;

  static final int DROP_TABLE = 110;

  static final int DROP_SEQUENCE = 120;
}
