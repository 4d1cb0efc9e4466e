package dev.autogen.entities;

import dev.autogen.model.IdSequence;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.UnwrittenColumn;
import dev.autogen.model.Warning;
import java.util.List;

/**
 * What the entity sources ask for: the desired schema, the renames the user declared with
 * {@code @RenamedFrom}, every mapping the reader could not honour, and rename evidence: for each
 * field whose explicit {@code @Column(name)} differs from the column its Java name would give, a
 * hint from that column to the mapped one (a dropped column of that name, of the same type, was
 * most likely renamed; autogen asks instead of guessing); and the sequence each generated id draws
 * from, which the database does not record; the column each basic field maps to; and the columns
 * the code never writes on insert, which rely on the database to fill them.
 */
public record EntityModel(
    Schema desired,
    List<RenameHint> renames,
    List<Warning> warnings,
    List<RenameHint> fieldNameEvidence,
    List<IdSequence> idSequences,
    List<FieldColumn> fields,
    List<UnwrittenColumn> unwritten) {
  public EntityModel {
    renames = List.copyOf(renames);
    warnings = List.copyOf(warnings);
    fieldNameEvidence = List.copyOf(fieldNameEvidence);
    idSequences = List.copyOf(idSequences);
    fields = List.copyOf(fields);
    unwritten = List.copyOf(unwritten);
  }

  public EntityModel(
      Schema desired,
      List<RenameHint> renames,
      List<Warning> warnings,
      List<RenameHint> fieldNameEvidence,
      List<IdSequence> idSequences,
      List<FieldColumn> fields) {
    this(desired, renames, warnings, fieldNameEvidence, idSequences, fields, List.of());
  }

  /** A model without rename evidence. */
  public EntityModel(Schema desired, List<RenameHint> renames, List<Warning> warnings) {
    this(desired, renames, warnings, List.of(), List.of(), List.of(), List.of());
  }
}
