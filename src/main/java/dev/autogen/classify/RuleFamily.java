package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;

/** What every family of compatibility rules shares: the facts they judge by and small helpers. */
abstract class RuleFamily {

  final Dialect dialect;
  final Map<Identifier, TableStatistics> statistics;
  final List<Change> all;

  RuleFamily(Dialect dialect, Map<Identifier, TableStatistics> statistics, List<Change> all) {
    this.dialect = dialect;
    this.statistics = statistics;
    this.all = List.copyOf(all);
  }

  static Judgement safe(String reason) {
    return new Judgement(Verdict.safe(reason), List.of());
  }

  static Judgement judge(Compatibility backward, String reason, List<Hazard> hazards) {
    return new Judgement(new Verdict(backward, reason), hazards);
  }

  static Hazard hazard(HazardCode code, String message) {
    return new Hazard(code, message);
  }

  /**
   * The lock a statement that copies or rebuilds {@code table} holds, in the server's terms:
   * PostgreSQL's ACCESS EXCLUSIVE; on servers with online ALTER clauses (MySQL, MariaDB) an {@code
   * ALGORITHM=COPY} rebuild that lets reads through but blocks writes ({@code LOCK=SHARED}),
   * bracketed by an exclusive metadata lock that waits for open transactions and holds every later
   * query on the table while it waits.
   */
  Hazard rebuildLock(Identifier table, String during) {
    if (dialect.capabilities().onlineAlterClauses()) {
      return hazard(
          HazardCode.BLOCKING_LOCK,
          "ALGORITHM=COPY: writes to "
              + table
              + " are blocked (LOCK=SHARED) "
              + during
              + ", and its exclusive metadata lock waits for open transactions while every later"
              + " query on the table waits behind it");
    }
    return hazard(HazardCode.BLOCKING_LOCK, "ACCESS EXCLUSIVE lock on " + table + " " + during);
  }

  /** Setting NOT NULL: how much of the table is read, and under which lock, on this server. */
  Hazard notNullScan(Identifier table, Identifier column) {
    if (dialect.capabilities().checkSkipsNotNullScan()
        && dialect.capabilities().notValidConstraints()) {
      return hazard(
          HazardCode.FULL_TABLE_SCAN,
          "validating CHECK ("
              + column
              + " IS NOT NULL) reads every row of "
              + table
              + sizeNote(table)
              + " under a SHARE UPDATE EXCLUSIVE lock (writes go on); SET NOT NULL then skips"
              + " its scan");
    }
    return hazard(
        HazardCode.FULL_TABLE_SCAN,
        "SET NOT NULL reads every row of "
            + table
            + sizeNote(table)
            + " under an ACCESS EXCLUSIVE lock (this server cannot use a validated CHECK to skip"
            + " the scan)");
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
