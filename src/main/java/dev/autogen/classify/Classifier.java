package dev.autogen.classify;

import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers, for every change, whether the code that is still running keeps working, and what
 * applying it risks. Pure: decisions depend only on the change, the dialect and table statistics.
 */
public final class Classifier {

  private final Dialect dialect;
  private final Map<Identifier, TableStatistics> statistics;

  public Classifier(Dialect dialect, List<TableStatistics> statistics) {
    this.dialect = dialect;
    this.statistics =
        statistics.stream()
            .collect(Collectors.toMap(TableStatistics::table, Function.identity(), (a, b) -> a));
  }

  public List<Assessment> classify(ChangeSet changes) {
    CompatibilityRules rules = new CompatibilityRules(dialect, statistics);
    return changes.changes().stream().map(c -> c.accept(rules)).toList();
  }
}
