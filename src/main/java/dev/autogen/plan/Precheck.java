package dev.autogen.plan;

import dev.autogen.model.*;
import java.util.List;

/**
 * A pre-flight data check placed right before the statement that needs it: it counts the rows that
 * would make that statement fail (or lose data) and, if there are any, stops the step with the
 * count and the query that finds them, before anything is changed.
 */
public record Precheck(Identifier table, Expectation expectation) implements Operation {

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /** What must hold for the next statement to succeed. */
  public sealed interface Expectation {
    /** Template name suffix, e.g. {@code no_nulls}. */
    String name();
  }

  /** No NULL in the column, before it becomes NOT NULL. */
  public record NoNulls(Identifier column) implements Expectation {
    @Override
    public String name() {
      return "no_nulls";
    }
  }

  /** No two rows share the columns' values, before a unique index is built on them. */
  public record NoDuplicates(List<Identifier> columns) implements Expectation {
    public NoDuplicates {
      columns = List.copyOf(columns);
    }

    @Override
    public String name() {
      return "no_duplicates";
    }
  }

  /** Every reference points at a row, before the foreign key is validated. */
  public record NoOrphans(ForeignKey foreignKey) implements Expectation {
    @Override
    public String name() {
      return "no_orphans";
    }
  }

  /**
   * No view or rule selects the column, before a type swap: the database would keep such a view on
   * the old column renamed away, so it would read the retired values and block the contract's drop.
   */
  public record NoDependentViews(Identifier column) implements Expectation {
    @Override
    public String name() {
      return "no_dependent_views";
    }
  }

  /** The table is (still) empty, before it is dropped. */
  public record Empty() implements Expectation {
    @Override
    public String name() {
      return "empty";
    }
  }

  /** Every value of the column fits the narrower type, before the column is narrowed. */
  public record ValuesFit(Identifier column, SqlType type, Misfit misfit) implements Expectation {
    @Override
    public String name() {
      return "values_fit";
    }
  }
}
