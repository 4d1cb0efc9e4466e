package dev.autogen.cli;

import dev.autogen.classify.Assessment;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.entities.EntityModel;
import dev.autogen.history.HistoryBase;
import dev.autogen.introspect.Introspection;
import dev.autogen.renames.RenameQuestion;
import java.util.List;
import java.util.Optional;

/**
 * What the read, diff and classify stages produced for one run, with notes for the user, and the
 * entity sources at the history base when the changes need them (a dropped column, an id strategy
 * switch) and git has them, and the likely renames to ask the user about.
 */
record PipelineResult(
    Dialect dialect,
    EntityModel entities,
    Introspection current,
    ChangeSet changes,
    List<Assessment> assessments,
    List<String> notes,
    Optional<HistoryBase> history,
    List<RenameQuestion> questions) {}
