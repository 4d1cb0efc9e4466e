package dev.autogen.plan;

import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.ForeignKeyIndex;
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
 * @param batches how backfills run in batches
 * @param allowNarrowing plan type or length narrowings (guarded by a pre-flight check) instead of
 *     refusing them
 * @param database what the current database says beyond its schema
 * @param idSequences the sequences the ids draw from before and after, as entity sources declare
 *     them
 * @param encodings how the application encodes the values of desired columns (enum constants,
 *     converters), as the entity sources declare it
 */
public record PlanOptions(
    Map<String, String> backfills,
    Batches batches,
    boolean allowNarrowing,
    CurrentDatabase database,
    DeclaredSequences idSequences,
    List<ColumnEncoding> encodings) {

  public static final int DEFAULT_BATCH_SIZE = 10_000;

  public PlanOptions {
    backfills = Map.copyOf(backfills);
    encodings = List.copyOf(encodings);
  }

  /** Backfill expressions with every other option at its default. */
  public PlanOptions(Map<String, String> backfills) {
    this(
        backfills,
        new Batches(DEFAULT_BATCH_SIZE, 0),
        false,
        new CurrentDatabase(Set.of(), List.of()),
        new DeclaredSequences(List.of(), List.of()),
        List.of());
  }

  public static PlanOptions none() {
    return new PlanOptions(Map.of());
  }

  public PlanOptions withBatches(int size, long pauseMillis) {
    Batches value = new Batches(size, pauseMillis);
    return new PlanOptions(backfills, value, allowNarrowing, database, idSequences, encodings);
  }

  public PlanOptions withAllowNarrowing(boolean allow) {
    return new PlanOptions(backfills, batches, allow, database, idSequences, encodings);
  }

  public PlanOptions withEmptyTables(Set<Identifier> tables) {
    CurrentDatabase value = new CurrentDatabase(tables, database.foreignKeyIndexes());
    return new PlanOptions(backfills, batches, allowNarrowing, value, idSequences, encodings);
  }

  /** The indexes the server made for current foreign keys under names of their own. */
  public PlanOptions withForeignKeyIndexes(List<ForeignKeyIndex> indexes) {
    CurrentDatabase value = new CurrentDatabase(database.emptyTables(), indexes);
    return new PlanOptions(backfills, batches, allowNarrowing, value, idSequences, encodings);
  }

  /** The sequences the ids draw from before ({@code current}) and after ({@code desired}). */
  public PlanOptions withIdSequences(List<IdSequence> current, List<IdSequence> desired) {
    DeclaredSequences value = new DeclaredSequences(current, desired);
    return new PlanOptions(backfills, batches, allowNarrowing, database, value, encodings);
  }

  /** How the application encodes the values of the desired columns that have an encoding. */
  public PlanOptions withEncodings(List<ColumnEncoding> value) {
    return new PlanOptions(backfills, batches, allowNarrowing, database, idSequences, value);
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

  /**
   * Backfills in batches.
   *
   * @param size rows per backfill batch; each batch is its own transaction
   * @param pauseMillis pause between backfill batches, to leave room for the application's writes
   *     and for replicas to catch up
   */
  public record Batches(int size, long pauseMillis) {
    public Batches {
      if (size < 1) {
        throw new IllegalArgumentException("batch size must be at least 1, got " + size);
      }
      if (pauseMillis < 0) {
        throw new IllegalArgumentException("batch pause must not be negative");
      }
    }
  }

  /**
   * What the current database says beyond its schema.
   *
   * @param emptyTables tables the database reported empty when the plan was made: dropping one of
   *     them is guarded by a check that it is still empty, so rows written since are not lost
   *     silently
   * @param foreignKeyIndexes the indexes the server made for foreign keys, by their real names:
   *     dropping such a key drops its index by that name, and a key without one uses another index
   */
  public record CurrentDatabase(
      Set<Identifier> emptyTables, List<ForeignKeyIndex> foreignKeyIndexes) {
    public CurrentDatabase {
      emptyTables = Set.copyOf(emptyTables);
      foreignKeyIndexes = List.copyOf(foreignKeyIndexes);
    }

    /** The name of the index the server made for {@code foreignKey} of {@code table}, if any. */
    Optional<Identifier> foreignKeyIndex(Identifier table, Identifier foreignKey) {
      return foreignKeyIndexes.stream()
          .filter(i -> i.table().equals(table) && i.foreignKey().equals(foreignKey))
          .map(ForeignKeyIndex::index)
          .findFirst();
    }
  }

  /**
   * The sequences ids draw from, as entity sources declare them.
   *
   * @param current as the entity sources the database was built from declared them (the base
   *     revision's), when known
   * @param desired as the entity sources declare them
   */
  public record DeclaredSequences(List<IdSequence> current, List<IdSequence> desired) {
    public DeclaredSequences {
      current = List.copyOf(current);
      desired = List.copyOf(desired);
    }
  }
}
