package dev.autogen.renames;

import dev.autogen.diff.ChangeSet;
import dev.autogen.model.RenameHint;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what the drop + add pairs of a change set are. Renames the user stated ({@code --rename},
 * {@code @RenamedFrom}) are already renames in the changes (the differ applies them); every other
 * pair stays a drop + add, because renames are never guessed. Look-alike pairs become suggestions;
 * pairs the entity sources or the git history show to be renames become questions.
 */
public final class RenameDecider {

  /**
   * Whether the history base can tell anything about these changes: a dropped column may be a field
   * renamed since, and an id switching generators needs the sequence the base named.
   */
  public static boolean asksHistory(ChangeSet changes) {
    DropsAndAdds d = DropsAndAdds.of(changes);
    return !d.columns().dropped().isEmpty() || d.switchesIdGenerator();
  }

  public RenameDecision decide(ChangeSet changes, RenameEvidence evidence) {
    DropsAndAdds d = DropsAndAdds.of(changes);
    List<RenameHint> joins = EntityEvidence.joinColumns(d);
    List<RenameHint> asked = new ArrayList<>();
    List<RenameQuestion> questions = new ArrayList<>();
    for (RenameHint h : EntityEvidence.fieldNames(d, evidence.entities().fieldNameEvidence())) {
      questions.add(joins.contains(h) ? RenameQuestion.joinColumn(h) : RenameQuestion.fieldName(h));
      asked.add(h);
    }
    for (RenameHint h : joins) {
      if (!asked.contains(h)) {
        questions.add(RenameQuestion.joinColumn(h));
        asked.add(h);
      }
    }
    evidence
        .history()
        .ifPresent(
            base ->
                HistoryRenames.of(d, base.entities(), evidence.entities()).stream()
                    .filter(r -> !asked.contains(r.hint()))
                    .forEach(r -> questions.add(RenameQuestion.history(r, base.ref()))));
    return new RenameDecision(new ChangeSet(changes.changes(), LookAlikes.of(d)), questions);
  }
}
