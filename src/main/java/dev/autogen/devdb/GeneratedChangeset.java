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
 * @param rollbackStatements the SQL of the changeset's own {@code rollback} block, as far as
 *     Liquibase generates it offline (none for a rollback Liquibase derives from the changes)
 */
public record GeneratedChangeset(
    String id,
    String author,
    int line,
    boolean runInTransaction,
    List<String> statements,
    Optional<String> problem,
    List<String> rollbackStatements) {

  /** The problem of a changeset with an {@code executeCommand} change. */
  public static final String RUNS_A_PROGRAM =
      "its executeCommand change runs a program; autogen runs none";

  /** The problem of a changeset with a {@code customChange}. */
  public static final String RUNS_JAVA = "its customChange runs Java code; autogen runs none";

  public GeneratedChangeset {
    Objects.requireNonNull(id, "id");
    statements = List.copyOf(statements);
    Objects.requireNonNull(problem, "problem");
    rollbackStatements = List.copyOf(rollbackStatements);
  }

  /** Whether the changeset would run a program on the machine Liquibase runs on. */
  public boolean runsAProgram() {
    return problem.filter(RUNS_A_PROGRAM::equals).isPresent();
  }
}
