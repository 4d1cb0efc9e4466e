package dev.autogen.plan;

import dev.autogen.diff.ChangesByKind;
import dev.autogen.diff.ColumnIdentityChanged;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Id columns whose generator switches between an identity and a sequence in one plan (an id
 * strategy change from IDENTITY to SEQUENCE or back), paired with the sequence the application
 * draws from on the sequence side. While both application versions run, the old and the new one
 * must draw from this one sequence; two generators would hand out the same ids.
 *
 * <p>The database does not say which sequence an id draws from (the application calls it), so the
 * entity sources do: the desired entities for a switch to a sequence, the entities the database was
 * built from (the base revision's) for a switch away from one. Without them the pair is made by
 * Hibernate's default name, {@code <table>_seq}, and failing that, for a switch away from a
 * sequence, by the one sequence the plan drops that nothing else claims. The sequence is one the
 * plan adds or drops, or one that exists and stays (shared, or kept by the new version).
 */
final class IdSequences {

  /**
   * An id column and the sequence its values come from on one side of the switch; {@code existing}
   * when that sequence is in the current schema and stays.
   */
  record Pair(Identifier table, Identifier column, Sequence sequence, boolean existing) {}

  private final Map<Identifier, Pair> byTable = new HashMap<>();

  private IdSequences() {}

  static IdSequences none() {
    return new IdSequences();
  }

  static IdSequences of(ChangesByKind byKind, Schema current, PlanOptions options) {
    Map<Identifier, Sequence> added = new HashMap<>();
    Map<Identifier, Sequence> dropped = new HashMap<>();
    byKind.sequencesAdded().forEach(s -> added.put(s.sequence().name(), s.sequence()));
    byKind.sequencesDropped().forEach(s -> dropped.put(s.sequence().name(), s.sequence()));
    Map<Identifier, Sequence> kept = new HashMap<>();
    current.sequences().stream()
        .filter(s -> !dropped.containsKey(s.name()))
        .forEach(s -> kept.put(s.name(), s));

    IdSequences pairs = new IdSequences();
    List<ColumnIdentityChanged> unpaired = new java.util.ArrayList<>();
    for (ColumnIdentityChanged c : byKind.columnIdentitiesChanged()) {
      boolean toSequence = c.before().identity().isPresent();
      Identifier column = c.after().name();
      Identifier name =
          declared(
                  toSequence ? options.idSequences().desired() : options.idSequences().current(), c)
              .orElse(Identifier.of(c.table().value() + "_seq"));
      Map<Identifier, Sequence> planned = toSequence ? added : dropped;
      if (planned.containsKey(name)) {
        pairs.byTable.put(c.table(), new Pair(c.table(), column, planned.get(name), false));
      } else if (kept.containsKey(name)) {
        pairs.byTable.put(c.table(), new Pair(c.table(), column, kept.get(name), true));
      } else if (!toSequence) {
        unpaired.add(c);
      }
    }
    // a sequence-to-identity switch whose sequence is not known: the one dropped sequence that no
    // pair claims is the one its old version called
    Set<Identifier> claimed = new HashSet<>();
    pairs.byTable.values().forEach(p -> claimed.add(p.sequence().name()));
    List<Sequence> unclaimed =
        dropped.values().stream().filter(s -> !claimed.contains(s.name())).toList();
    if (unpaired.size() == 1 && unclaimed.size() == 1) {
      ColumnIdentityChanged c = unpaired.get(0);
      pairs.byTable.put(c.table(), new Pair(c.table(), c.after().name(), unclaimed.get(0), false));
    }
    return pairs;
  }

  private static Optional<Identifier> declared(List<IdSequence> sources, ColumnIdentityChanged c) {
    return sources.stream()
        .filter(s -> s.table().equals(c.table()) && s.column().equals(c.after().name()))
        .map(IdSequence::sequence)
        .findFirst();
  }

  /** The sequence paired with the id column of {@code table} whose identity switches. */
  Optional<Pair> forTable(Identifier table) {
    return Optional.ofNullable(byTable.get(table));
  }

  /** The switching id column paired with {@code sequence}, a sequence the plan adds or drops. */
  Optional<Pair> of(Sequence sequence) {
    return byTable.values().stream()
        .filter(p -> !p.existing() && p.sequence().name().equals(sequence.name()))
        .findFirst();
  }
}
