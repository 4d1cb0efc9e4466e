/**
 * The planner: orders classified changes into zero-downtime steps (expand, indexes, validate,
 * backfill, switch, contract), each item with its dialect-neutral {@link
 * dev.autogen.plan.Operation}s and their undo, the order inside a step decided in one place ({@code
 * Rank}, each rule with its reason). In: assessments, the current and the desired schema, plan
 * options; out: a {@link dev.autogen.plan.MigrationPlan}. Pure: no I/O, no SQL text (operations are
 * records), and it never depends on render (an ArchUnit rule).
 */
package dev.autogen.plan;
