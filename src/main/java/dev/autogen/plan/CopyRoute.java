package dev.autogen.plan;

/**
 * What {@code autogen -m} does with a change the server can only make by copying the table ({@code
 * ALGORITHM=COPY}, writes blocked for the whole copy) on a table at or above {@code --error-rows}.
 */
public enum CopyRoute {
  /** Stop with exit code 2, naming the table, the change and the two ways out. */
  REFUSE,
  /** {@code --allow-copy}: write the ALTER with {@code ALGORITHM=COPY} and a loud header. */
  ALLOW_COPY,
  /**
   * {@code --online-schema-change pt-osc}: hand the change to pt-online-schema-change, whose
   * command the step carries; the step then only checks that the change is there.
   */
  PT_OSC
}
