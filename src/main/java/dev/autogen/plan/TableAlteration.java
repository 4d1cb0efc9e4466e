package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.util.Optional;

/**
 * An operation that changes one existing {@link #table()} in place with a statement that carries
 * {@code ALGORITHM=} and {@code LOCK=} clauses where the dialect has them ({@code ALTER TABLE},
 * {@code CREATE INDEX}, {@code DROP INDEX}): on MySQL and MariaDB the server may copy the table to
 * carry it out. Every other operation implements {@link Operation} directly; a new kind says which
 * it is where it is declared.
 */
public sealed interface TableAlteration extends Operation
    permits RenameColumn,
        RenameIndex,
        AddColumn,
        DropColumn,
        AlterColumnType,
        SetNotNull,
        DropNotNull,
        SetDefault,
        DropDefault,
        AddIdentity,
        DropIdentity,
        CreateIndex,
        DropIndex,
        AddUnique,
        AddPrimaryKey,
        AddForeignKey,
        AddCheck,
        // a foreign key's drop too: it is written DROP FOREIGN KEY, which a copy carries out
        // (MariaDB 10.11 ends DROP CONSTRAINT fk, ALGORITHM=COPY without an error and keeps the
        // key)
        DropConstraint {

  /** The table the statement changes. */
  Identifier table();

  @Override
  default Optional<Identifier> alteredTable() {
    return Optional.of(table());
  }
}
