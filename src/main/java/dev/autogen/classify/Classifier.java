package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeSet;
import dev.autogen.model.Identifier;
import dev.autogen.model.PartitionKey;
import dev.autogen.model.TableStatistics;
import dev.autogen.model.UnwrittenColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers, for every change, whether the old code keeps working on the new schema (backward),
 * whether the new code works on the old schema (forward), and what applying it risks, with each
 * hazard's severity scaled by the table's size. Pure: decisions depend only on the changes, the
 * dialect (whose capabilities reflect the server version), table statistics and the settings.
 */
public final class Classifier {

  private final Dialect dialect;
  private final Map<Identifier, TableStatistics> statistics;
  private final ClassifierSettings settings;
  private final Set<UnwrittenColumn> unwritten;
  private final List<PartitionKey> partitionKeys;

  /**
   * @param statistics size estimates of the tables as they are now; a table missing here is of
   *     unknown size, and its hazards keep their codes' default severities
   * @param unwritten the columns the code never writes on insert (from the entity sources), which
   *     rely on the database to fill them
   */
  public Classifier(
      Dialect dialect,
      List<TableStatistics> statistics,
      ClassifierSettings settings,
      List<UnwrittenColumn> unwritten) {
    this(dialect, statistics, settings, unwritten, List.of());
  }

  /**
   * @param partitionKeys the partition keys of the current schema's partitioned tables, which any
   *     primary key of such a table must include
   */
  public Classifier(
      Dialect dialect,
      List<TableStatistics> statistics,
      ClassifierSettings settings,
      List<UnwrittenColumn> unwritten,
      List<PartitionKey> partitionKeys) {
    this.dialect = dialect;
    this.settings = settings;
    this.unwritten = Set.copyOf(unwritten);
    this.partitionKeys = List.copyOf(partitionKeys);
    this.statistics =
        statistics.stream()
            .collect(Collectors.toMap(TableStatistics::table, Function.identity(), (a, b) -> a));
  }

  public Classifier(
      Dialect dialect, List<TableStatistics> statistics, ClassifierSettings settings) {
    this(dialect, statistics, settings, List.of());
  }

  public Classifier(Dialect dialect, List<TableStatistics> statistics) {
    this(dialect, statistics, ClassifierSettings.defaults());
  }

  public List<Assessment> classify(ChangeSet changes) {
    CompatibilityRules backward =
        new CompatibilityRules(dialect, statistics, changes.changes(), unwritten, partitionKeys);
    ForwardRules forward = new ForwardRules(dialect);
    List<Assessment> result = new ArrayList<>();
    for (Change c : changes.changes()) {
      Judgement j = c.accept(backward);
      result.add(new Assessment(c, j.backward(), c.accept(forward), sized(c, j.hazards())));
    }
    return List.copyOf(result);
  }

  /** The dialect's own remedy for the hazards whose safer way depends on the server. */
  private Hazard inDialectTerms(Hazard h) {
    HazardWording w = dialect.wording();
    return switch (h.code()) {
      case BLOCKING_LOCK -> h.withSafeAlternative(w.blockingLockRemedy());
      case FULL_TABLE_SCAN -> h.withSafeAlternative(w.fullTableScanRemedy());
      case LONG_INDEX_BUILD -> h.withSafeAlternative(w.longIndexBuildRemedy());
      default -> h;
    };
  }

  private List<Hazard> sized(Change c, List<Hazard> hazards) {
    List<Hazard> out = new ArrayList<>();
    TableStatistics size = statistics.get(c.accept(new SizedTable()));
    for (Hazard h : hazards.stream().map(this::inDialectTerms).toList()) {
      out.add(
          h.code().sizeSensitive() && size != null
              ? h.withSeverity(settings.severityFor(size.estimatedRows(), size.totalBytes()))
              : h);
    }
    if (!dialect.capabilities().transactionalDdl()) {
      out.add(
          new Hazard(
              HazardCode.AUTOCOMMIT_DDL,
              "each statement commits on its own; a failure leaves the step half applied"));
    }
    return out;
  }
}
