package dev.autogen.plan;

import dev.autogen.classify.Assessment;
import dev.autogen.diff.Change;
import dev.autogen.diff.ColumnIdentityChanged;
import dev.autogen.diff.SequenceAdded;
import dev.autogen.diff.SequenceDropped;
import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Id columns whose generator switches between an identity and a sequence in one plan (an id
 * strategy change from IDENTITY to SEQUENCE or back), paired with the sequence that is added or
 * dropped with it. The schema does not say which sequence an id column draws from (the application
 * calls it), so the pair is made by Hibernate's default name, {@code <table>_seq}: the identity of
 * table {@code t} switching and sequence {@code t_seq} added or dropped in the same plan. While
 * both application versions run, the old and the new one must draw from this one sequence; two
 * generators would hand out the same ids.
 */
final class IdSequences {

  /** An id column and the sequence its values come from on one side of the switch. */
  record Pair(Identifier table, Identifier column, Sequence sequence) {}

  private final Map<Identifier, Pair> byTable = new HashMap<>();

  private IdSequences() {}

  static IdSequences none() {
    return new IdSequences();
  }

  static IdSequences of(List<Assessment> assessments) {
    Map<Identifier, Sequence> sequences = new HashMap<>();
    for (Assessment a : assessments) {
      Change c = a.change();
      if (c instanceof SequenceAdded added) {
        sequences.put(added.sequence().name(), added.sequence());
      } else if (c instanceof SequenceDropped dropped) {
        sequences.put(dropped.sequence().name(), dropped.sequence());
      }
    }
    IdSequences pairs = new IdSequences();
    for (Assessment a : assessments) {
      if (a.change() instanceof ColumnIdentityChanged c) {
        Sequence s = sequences.get(Identifier.of(c.table().value() + "_seq"));
        if (s != null) {
          pairs.byTable.put(c.table(), new Pair(c.table(), c.after().name(), s));
        }
      }
    }
    return pairs;
  }

  /** The sequence paired with the id column of {@code table} whose identity switches. */
  Optional<Pair> forTable(Identifier table) {
    return Optional.ofNullable(byTable.get(table));
  }

  /** The switching id column paired with {@code sequence}. */
  Optional<Pair> of(Sequence sequence) {
    return byTable.values().stream()
        .filter(p -> p.sequence().name().equals(sequence.name()))
        .findFirst();
  }
}
