package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.Change;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;

/** What every family of compatibility rules shares: the facts they judge by and small helpers. */
abstract class RuleFamily {

  /** The facts every family judges by: the server, the tables' sizes and the whole change set. */
  record Facts(Dialect dialect, Map<Identifier, TableStatistics> statistics, List<Change> all) {}

  final Dialect dialect;
  final Map<Identifier, TableStatistics> statistics;
  final List<Change> all;

  RuleFamily(Facts facts) {
    this.dialect = facts.dialect();
    this.statistics = facts.statistics();
    this.all = List.copyOf(facts.all());
  }

  static Judgement safe(String reason) {
    return new Judgement(Verdict.safe(reason), List.of());
  }

  static Judgement judge(Compatibility backward, String reason, List<Hazard> hazards) {
    return new Judgement(new Verdict(backward, reason), hazards);
  }

  static Judgement breaking(String reason, Hazard... hazards) {
    return judge(Compatibility.BREAKING, reason, List.of(hazards));
  }

  static Hazard hazard(HazardCode code, String message) {
    return new Hazard(code, message);
  }

  /** What of the running code fails once the change is applied. */
  static Hazard breaksOldCode(String failure) {
    return hazard(HazardCode.BREAKS_OLD_CODE, failure);
  }

  /**
   * The lock a statement that copies or rebuilds {@code table} holds, in the server's terms
   * (PostgreSQL's ACCESS EXCLUSIVE; MySQL's and MariaDB's {@code ALGORITHM=COPY} with its metadata
   * lock).
   */
  Hazard rebuildLock(Identifier table, String during) {
    return hazard(HazardCode.BLOCKING_LOCK, say(dialect.wording().rebuildLock(), table, during));
  }

  /** Setting NOT NULL: how much of the table is read, and under which lock, on this server. */
  Hazard notNullScan(Identifier table, Identifier column) {
    boolean checkFirst =
        dialect.capabilities().checkSkipsNotNullScan()
            && dialect.capabilities().notValidConstraints();
    String sentence =
        checkFirst ? dialect.wording().notNullCheckScan() : dialect.wording().notNullScan();
    return hazard(
        HazardCode.FULL_TABLE_SCAN,
        HazardWording.fill(sentence, table, column, sizeNote(table), ""));
  }

  /** One of the dialect's sentences about {@code table}. */
  String say(String sentence, Identifier table, String during) {
    return HazardWording.fill(sentence, table, "", sizeNote(table), during);
  }

  Hazard indexBuild(Identifier table) {
    return hazard(
        HazardCode.LONG_INDEX_BUILD, "the build reads every row of " + table + sizeNote(table));
  }

  /** " (about N rows)" when the database has estimated the table's size. */
  String sizeNote(Identifier table) {
    TableStatistics s = statistics.get(table);
    return s == null || s.estimatedRows() <= 0 ? "" : " (about " + s.estimatedRows() + " rows)";
  }
}
