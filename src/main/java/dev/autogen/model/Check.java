package dev.autogen.model;

import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * <p>Two spellings of its condition: {@code expression}, after the dialect normalises it, is what
 * the constraint <em>is</em> (the differ matches checks by it, and classification reads it); {@code
 * condition} is how to <em>write</em> it, as the entity source or the server gave it. They are kept
 * apart because normalising takes out what the server adds (casts, grouping parentheses) and a plan
 * must never write a condition whose meaning a normaliser may have changed. Two checks are the same
 * constraint when their names and normal forms agree, however they are spelled.
 *
 * @param name the constraint's name
 * @param expression the normal form: compared, never written
 * @param condition the condition as written, valid SQL for the dialect: what a plan writes
 */
public record Check(Identifier name, String expression, String condition) {

  /** A check whose condition autogen wrote itself, in its normal form. */
  public Check(Identifier name, String expression) {
    this(name, expression, expression);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Check c && name.equals(c.name) && expression.equals(c.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, expression);
  }

  /** As a record prints itself, with the condition only where it is spelled otherwise. */
  @Override
  public String toString() {
    return "Check[name="
        + name
        + ", expression="
        + expression
        + (condition.equals(expression) ? "" : ", condition=" + condition)
        + "]";
  }
}
