package dev.autogen.plan;

import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the planner is told besides the changes.
 *
 * @param backfills backfill expressions keyed {@code table.column} (from {@code --backfill
 *     users.tier="'basic'"}), as SQL used verbatim
 * @param batchSize rows per backfill batch; each batch is its own transaction
 * @param batchPauseMillis pause between backfill batches, to leave room for the application's
 *     writes and for replicas to catch up
 * @param allowNarrowing plan type or length narrowings (guarded by a pre-flight check) instead of
 *     refusing them
 * @param emptyTables tables the database reported empty when the plan was made: dropping one of
 *     them is guarded by a check that it is still empty, so rows written since are not lost
 *     silently
 * @param currentIdSequences the sequences the current ids draw from, as the entity sources the
 *     database was built from declared them (the base revision's), when known
 * @param desiredIdSequences the sequences the desired ids draw from, as the entity sources declare
 *     them
 * @param encodings how the application encodes the values of desired columns (enum constants,
 *     converters), as the entity sources declare it
 */
public record PlanOptions(
    Map<String, String> backfills,
    int batchSize,
    long batchPauseMillis,
    boolean allowNarrowing,
    Set<Identifier> emptyTables,
    List<IdSequence> currentIdSequences,
    List<IdSequence> desiredIdSequences,
    List<ColumnEncoding> encodings) {

  public static final int DEFAULT_BATCH_SIZE = 10_000;

  public PlanOptions {
    backfills = Map.copyOf(backfills);
    emptyTables = Set.copyOf(emptyTables);
    currentIdSequences = List.copyOf(currentIdSequences);
    desiredIdSequences = List.copyOf(desiredIdSequences);
    encodings = List.copyOf(encodings);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    if (batchPauseMillis < 0) {
      throw new IllegalArgumentException("batch pause must not be negative");
    }
  }

  /** Backfill expressions with every other option at its default. */
  public PlanOptions(Map<String, String> backfills) {
    this(backfills, DEFAULT_BATCH_SIZE, 0, false, Set.of(), List.of(), List.of(), List.of());
  }

  public static PlanOptions none() {
    return new PlanOptions(Map.of());
  }

  public PlanOptions withBatches(int size, long pauseMillis) {
    return new PlanOptions(
        backfills,
        size,
        pauseMillis,
        allowNarrowing,
        emptyTables,
        currentIdSequences,
        desiredIdSequences,
        encodings);
  }

  public PlanOptions withAllowNarrowing(boolean allow) {
    return new PlanOptions(
        backfills,
        batchSize,
        batchPauseMillis,
        allow,
        emptyTables,
        currentIdSequences,
        desiredIdSequences,
        encodings);
  }

  public PlanOptions withEmptyTables(Set<Identifier> tables) {
    return new PlanOptions(
        backfills,
        batchSize,
        batchPauseMillis,
        allowNarrowing,
        tables,
        currentIdSequences,
        desiredIdSequences,
        encodings);
  }

  /** The sequences the ids draw from before ({@code current}) and after ({@code desired}). */
  public PlanOptions withIdSequences(List<IdSequence> current, List<IdSequence> desired) {
    return new PlanOptions(
        backfills,
        batchSize,
        batchPauseMillis,
        allowNarrowing,
        emptyTables,
        current,
        desired,
        encodings);
  }

  /** How the application encodes the values of the desired columns that have an encoding. */
  public PlanOptions withEncodings(List<ColumnEncoding> value) {
    return new PlanOptions(
        backfills,
        batchSize,
        batchPauseMillis,
        allowNarrowing,
        emptyTables,
        currentIdSequences,
        desiredIdSequences,
        value);
  }

  /** The encoding of the desired column {@code column} of {@code table}, if it has one. */
  Optional<ColumnEncoding> encoding(Identifier table, Identifier column) {
    return encodings.stream()
        .filter(e -> e.table().equals(table) && e.column().equals(column))
        .findFirst();
  }

  Optional<String> backfill(String table, String column) {
    return Optional.ofNullable(backfills.get(table + "." + column));
  }
}
