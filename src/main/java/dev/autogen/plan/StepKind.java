package dev.autogen.plan;

import dev.autogen.dialect.StepText;
import dev.autogen.dialect.StepWording;

/**
 * The files a plan can have, in the order they run. Phases only move forward (expand, backfill,
 * contract) so that a reader can stop at any file and know the old code still works. What a file's
 * header says about its step is the dialect's ({@link StepWording}).
 */
enum StepKind {
  EXPAND(Phase.EXPAND, "", true),
  /** Concurrent builds cannot run in a transaction; grouping them keeps the other files atomic. */
  INDEXES(Phase.EXPAND, "indexes", false),
  /**
   * Validation reads every row; in its own transaction it holds only a lock that lets writes go on.
   */
  VALIDATE(Phase.EXPAND, "validate", true),
  BACKFILL(Phase.BACKFILL, "backfill", true),
  /**
   * Indexes of the columns a switch will swap in, built concurrently once the backfill filled them
   * (the backfill then writes no index entries); like {@link #INDEXES}, outside a transaction.
   */
  BACKFILL_INDEXES(Phase.BACKFILL, "backfill_indexes", false),
  /**
   * The NOT NULL checks the expand step added NOT VALID on the columns a switch will swap in can
   * only be validated once the backfill filled every row; validation reads them all under a lock
   * that lets writes go on, and lets the switch set NOT NULL without a scan.
   */
  BACKFILL_VALIDATE(Phase.BACKFILL, "backfill_validate", true),
  /**
   * A type change without a rewrite: the column filled beside the old one takes its name, keys,
   * indexes and generated values, in one transaction that only touches the catalog.
   */
  SWITCH(Phase.SWITCH, "switch", true),
  /** Constraints the switch re-created NOT VALID, validated in a transaction of their own. */
  SWITCH_VALIDATE(Phase.SWITCH, "switch_validate", true),
  /** Contract removes what the old version uses, so it waits in the deferred folder. */
  CONTRACT(Phase.CONTRACT, "contract", true),
  /**
   * Validation of the NOT NULL checks added NOT VALID by the contract step: in a transaction of its
   * own it reads every row under a lock that lets writes go on.
   */
  CONTRACT_VALIDATE(Phase.CONTRACT, "contract_validate", true),
  /** With the checks validated, SET NOT NULL skips its scan and only takes a brief lock. */
  CONTRACT_NOT_NULL(Phase.CONTRACT, "contract_not_null", true);

  final Phase phase;
  final String slug;
  final boolean transactional;

  StepKind(Phase phase, String slug, boolean transactional) {
    this.phase = phase;
    this.slug = slug;
    this.transactional = transactional;
  }

  /** This step's header text in the dialect's words. */
  StepText text(StepWording w) {
    return switch (this) {
      case EXPAND -> w.expand();
      case INDEXES -> w.indexes();
      case VALIDATE -> w.validate();
      case BACKFILL -> w.backfill();
      case BACKFILL_INDEXES -> w.backfillIndexes();
      case BACKFILL_VALIDATE -> w.backfillValidate();
      case SWITCH -> w.switchColumns();
      case SWITCH_VALIDATE -> w.switchValidate();
      case CONTRACT -> w.contract();
      case CONTRACT_VALIDATE -> w.contractValidate();
      case CONTRACT_NOT_NULL -> w.contractNotNull();
    };
  }

  /** What must happen before the next step, given the kinds of steps the plan has. */
  String next(StepWording w, java.util.Set<StepKind> planSteps) {
    if (this == EXPAND && planSteps.contains(SWITCH)) {
      return w.expandBeforeSwitch();
    }
    if (this == EXPAND && planSteps.contains(BACKFILL)) {
      return w.expandBeforeBackfill();
    }
    if (this == BACKFILL && planSteps.contains(SWITCH)) {
      return w.backfillBeforeSwitch();
    }
    return text(w).next();
  }
}
