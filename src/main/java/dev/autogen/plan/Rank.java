package dev.autogen.plan;

/**
 * Order of operations inside one step, first to last as declared; one place, each rule with its
 * reason.
 */
enum Rank {
  /**
   * Table renames before everything, prechecks too: the differ names a renamed table by its new
   * name in every other change, and undone last, they let those changes' undos use it as well.
   */
  RENAME_TABLE,

  /** Checks that stop a step before it changes anything, when nothing after them depends on it. */
  PRECHECK,

  /**
   * Foreign keys go before the other relaxations: a primary key or unique whose index a foreign key
   * uses cannot be dropped while it stands (a renamed key column, a dropped referencing table).
   */
  DROP_FOREIGN_KEY,

  /** Relaxing first: dropped constraints and NOT NULLs cannot get in the way of what follows. */
  RELAX,

  /** A compatibility view must go before anything drops a column it selects. */
  DROP_VIEW,

  /** Sequences before the tables whose defaults may call them. */
  SEQUENCE,

  /** Renames before everything that refers to objects by their new names. */
  RENAME,

  /** New tables, referenced ones first (the differ's order). */
  CREATE_TABLE,

  ADD_COLUMN,

  ALTER_COLUMN,

  ADD_CONSTRAINT,

  /**
   * A unique key InnoDB clusters a table without a primary key on goes after the primary key the
   * step adds to that table, which takes its place in place (see {@link ClusteredKeys}).
   */
  AFTER_NEW_PRIMARY_KEY,

  /** Foreign keys last: every table and column they name exists by then. */
  ADD_FOREIGN_KEY,

  INDEX,

  /**
   * A foreign key that references a unique key the step builds (on PostgreSQL concurrently, in the
   * indexes step): the server accepts it only once that key exists.
   */
  AFTER_INDEX,

  /**
   * A renamed table's compatibility view after the step's other changes: a view stops a type change
   * of a column it selects, and is dropped first when the step is undone.
   */
  CREATE_VIEW,

  /** Drops after everything else in a contract step; tables after their columns. */
  DROP_COLUMN,

  DROP_TABLE,

  DROP_SEQUENCE;
}
