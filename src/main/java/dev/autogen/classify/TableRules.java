package dev.autogen.classify;

import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.*;

/** Verdicts for tables and sequences as a whole. See {@link CompatibilityRules}. */
final class TableRules extends RuleFamily {

  TableRules(Facts facts) {
    super(facts);
  }

  public Judgement visit(TableAdded c) {
    return safe("A new table is invisible to the code that is running.");
  }

  public Judgement visit(TableDropped c) {
    return breaking(
        "The running code may still read or write " + c.table().name() + ".",
        breaksOldCode("queries on " + c.table().name() + " fail once it is gone"),
        hazard(
            HazardCode.DATA_LOSS,
            "every row of " + c.table().name() + sizeNote(c.tableName()) + " is deleted"),
        hazard(HazardCode.IRREVERSIBLE, "the downgrade recreates " + c.table().name() + " empty"));
  }

  public Judgement visit(TableRenamed c) {
    return breaking(
        "The running code still uses the old name " + c.from() + ".",
        breaksOldCode("queries naming " + c.from() + " fail after the rename"));
  }

  public Judgement visit(SequenceAdded c) {
    return safe("A new sequence is invisible to the code that is running.");
  }

  public Judgement visit(SequenceDropped c) {
    return breaking(
        "The running code may still draw ids from " + c.sequence().name() + ".",
        breaksOldCode(
            "inserts that call "
                + HazardWording.fill(
                    dialect.wording().sequenceCall(), c.sequence().name(), "", "", "")
                + " fail"),
        hazard(
            HazardCode.SEQUENCE_CHANGE,
            "the position of " + c.sequence().name() + " is lost; a downgrade restarts it"));
  }
}
