package dev.autogen.render;

import dev.autogen.dialect.Capabilities;

/**
 * The {@code ALGORITHM=} and {@code LOCK=} clause each kind of {@code ALTER TABLE} carries where
 * the dialect has them (MySQL, MariaDB), read from its capabilities: the clause demands the online
 * way the server version supports, so that a server that would have to copy or lock the table
 * refuses the statement instead of silently doing so. Empty where the dialect has no such clauses.
 */
final class OnlineClauses {

  private static final String INSTANT = ", ALGORITHM=INSTANT";
  private static final String IN_PLACE = ", ALGORITHM=INPLACE, LOCK=NONE";
  // no online way exists: said explicitly so that a reviewer sees the copy and its write lock
  static final String COPY = ", ALGORITHM=COPY, LOCK=SHARED";

  private final Capabilities facts;
  private final boolean copyAll;

  OnlineClauses(Capabilities facts) {
    this(facts, false);
  }

  private OnlineClauses(Capabilities facts, boolean copyAll) {
    this.facts = facts;
    this.copyAll = copyAll;
  }

  /**
   * The clauses for a table the server changes only by copying (one holding a unique key kept as a
   * hash): every change says {@code ALGORITHM=COPY}, and a foreign key is checked by the copy.
   */
  OnlineClauses copying() {
    return new OnlineClauses(facts, true);
  }

  /** Whether statements take {@code IF [NOT] EXISTS} guards, so a rerun skips what is done. */
  boolean guarded() {
    return facts.guardedDdl();
  }

  String addColumn() {
    return instantOr(facts.instantAddColumn());
  }

  String dropColumn() {
    return instantOr(facts.instantDropColumn());
  }

  String columnDefault() {
    return instantOr(facts.instantColumnDefault());
  }

  String renameColumn() {
    return instantOr(facts.instantRenameColumn());
  }

  String nullability() {
    return facts.onlineNullability() ? inPlace() : copy();
  }

  /** A type change: in place when only the catalog changes, otherwise a copy. */
  String typeChange(boolean metadataOnly) {
    return metadataOnly ? inPlace() : copy();
  }

  /** {@code AUTO_INCREMENT} added: the server copies the table to number it (tested on MariaDB). */
  String identityAdded() {
    return facts.onlineAlterClauses() ? copy() : "";
  }

  /** {@code AUTO_INCREMENT} dropped: instant where the server says so, else a copy. */
  String identityDropped() {
    if (!facts.onlineAlterClauses()) {
      return "";
    }
    return facts.instantDropAutoIncrement() ? instant() : copy();
  }

  /** Index builds and drops, unique and primary keys, index renames, dropped constraints. */
  String index() {
    return facts.onlineIndexBuild() || copyAll ? inPlace() : "";
  }

  /**
   * A key added or dropped: in place, unless the server can only do it by copying the table (the
   * key the rows are clustered on, a unique key kept as a hash).
   */
  String key(boolean copiesTable) {
    return copiesTable ? copy() : index();
  }

  /** A foreign key: in place only when added with {@code foreign_key_checks=0}. */
  String foreignKey() {
    return facts.onlineForeignKeyUnchecked() ? inPlace() : copy();
  }

  boolean foreignKeyUnchecked() {
    return facts.onlineAlterClauses() && facts.onlineForeignKeyUnchecked() && !copyAll;
  }

  /** A CHECK is verified against every row by a table copy: no online way. */
  String check() {
    return copy();
  }

  private String instantOr(boolean instant) {
    if (!facts.onlineAlterClauses()) {
      return "";
    }
    return instant ? instant() : inPlace();
  }

  private String instant() {
    return copyAll ? COPY : INSTANT;
  }

  private String inPlace() {
    if (!facts.onlineAlterClauses()) {
      return "";
    }
    return copyAll ? COPY : IN_PLACE;
  }

  private String copy() {
    return facts.onlineAlterClauses() ? COPY : "";
  }
}
