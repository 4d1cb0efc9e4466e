package dev.autogen.devdb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One changeset of an XML, YAML or JSON changelog with the SQL the real Liquibase generates for it
 * offline ({@link ChangeLogFiles#inOrder}).
 *
 * @param id the changeset's id
 * @param author its author
 * @param line the 1-based line of its {@code <changeSet} / {@code - changeSet:} in the file (the
 *     line of its id when no such line is found; 1 when not even that)
 * @param runInTransaction its {@code runInTransaction} attribute (Liquibase's default: true)
 * @param statements the statements Liquibase would send, in order (none for a changeset whose
 *     {@code dbms} leaves this server out)
 * @param problem why no SQL could be generated offline (an {@code executeCommand}, a custom change,
 *     a change Liquibase refuses for this server); then {@code statements} is empty
 */
public record GeneratedChangeset(
    String id,
    String author,
    int line,
    boolean runInTransaction,
    List<String> statements,
    Optional<String> problem) {
  public GeneratedChangeset {
    Objects.requireNonNull(id, "id");
    statements = List.copyOf(statements);
    Objects.requireNonNull(problem, "problem");
  }
}
