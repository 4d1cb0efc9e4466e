package dev.autogen.classify;

import static dev.autogen.classify.Compatibility.BREAKING;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.*;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;

/** Verdicts for tables and sequences as a whole. See {@link CompatibilityRules}. */
final class TableRules extends RuleFamily {

  TableRules(Dialect dialect, Map<Identifier, TableStatistics> statistics, List<Change> all) {
    super(dialect, statistics, all);
  }

  public Judgement visit(TableAdded c) {
    return safe("A new table is invisible to the code that is running.");
  }

  public Judgement visit(TableDropped c) {
    return judge(
        BREAKING,
        "The running code may still read or write " + c.table().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries on " + c.table().name() + " fail once it is gone"),
            hazard(
                HazardCode.DATA_LOSS,
                "every row of " + c.table().name() + sizeNote(c.tableName()) + " is deleted"),
            hazard(
                HazardCode.IRREVERSIBLE,
                "the downgrade recreates " + c.table().name() + " empty")));
  }

  public Judgement visit(TableRenamed c) {
    return judge(
        BREAKING,
        "The running code still uses the old name " + c.from() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "queries naming " + c.from() + " fail after the rename")));
  }

  public Judgement visit(SequenceAdded c) {
    return safe("A new sequence is invisible to the code that is running.");
  }

  public Judgement visit(SequenceDropped c) {
    return judge(
        BREAKING,
        "The running code may still draw ids from " + c.sequence().name() + ".",
        List.of(
            hazard(
                HazardCode.BREAKS_OLD_CODE,
                "inserts that call "
                    + HazardWording.fill(
                        dialect.wording().sequenceCall(), c.sequence().name(), "", "", "")
                    + " fail"),
            hazard(
                HazardCode.SEQUENCE_CHANGE,
                "the position of " + c.sequence().name() + " is lost; a downgrade restarts it")));
  }
}
