package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Table;
import dev.autogen.model.UnwrittenColumn;
import dev.autogen.model.Warning;
import java.util.List;
import java.util.Optional;

/**
 * What the entity sources ask for: the desired schema, the renames the user declared with
 * {@code @RenamedFrom}, every mapping the reader could not honour, and rename evidence: for each
 * field whose explicit {@code @Column(name)} differs from the column its Java name would give, a
 * hint from that column to the mapped one (a dropped column of that name, of the same type, was
 * most likely renamed; autogen asks instead of guessing); and the sequence each generated id draws
 * from, which the database does not record; and the column each basic field maps to; and how the
 * application encodes the values of columns (enum constants, converters), which is no schema
 * property either; and the columns the code never writes on insert, which rely on the database to
 * fill them.
 */
public record EntityModel(
    Schema desired,
    List<RenameHint> renames,
    List<Warning> warnings,
    List<RenameHint> fieldNameEvidence,
    List<IdSequence> idSequences,
    List<FieldColumn> fields,
    List<ColumnEncoding> encodings,
    List<UnwrittenColumn> unwritten) {
  public EntityModel {
    renames = List.copyOf(renames);
    warnings = List.copyOf(warnings);
    fieldNameEvidence = List.copyOf(fieldNameEvidence);
    idSequences = List.copyOf(idSequences);
    fields = List.copyOf(fields);
    encodings = List.copyOf(encodings);
    unwritten = List.copyOf(unwritten);
  }

  /** A model without rename evidence, of code that writes every column it maps. */
  public EntityModel(Schema desired, List<RenameHint> renames, List<Warning> warnings) {
    this(desired, renames, warnings, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * This model with its desired schema respelled (a server's name folding): everything else the
   * sources said is kept, the columns the code never writes among them, under the names the
   * respelled schema gives them (MySQL folds {@code Ticket.Created_At} to {@code
   * ticket.created_at}, and the classifier looks them up by the names of the changes).
   */
  public EntityModel withDesired(Schema respelled) {
    List<UnwrittenColumn> respelledUnwritten =
        unwritten.stream().map(u -> respelled(u, respelled)).toList();
    return new EntityModel(
        respelled,
        renames,
        warnings,
        fieldNameEvidence,
        idSequences,
        fields,
        encodings,
        respelledUnwritten);
  }

  /**
   * The column under its name in {@code schema}: the same name, else the one equal but for case.
   */
  private static UnwrittenColumn respelled(UnwrittenColumn u, Schema schema) {
    Optional<Table> table =
        schema
            .table(u.table())
            .or(
                () ->
                    schema.tables().stream()
                        .filter(t -> sameButCase(t.name(), u.table()))
                        .findFirst());
    if (table.isEmpty()) {
      return u;
    }
    Identifier column =
        table
            .get()
            .column(u.column())
            .map(Column::name)
            .or(
                () ->
                    table.get().columns().stream()
                        .map(Column::name)
                        .filter(c -> sameButCase(c, u.column()))
                        .findFirst())
            .orElse(u.column());
    return new UnwrittenColumn(table.get().name(), column);
  }

  private static boolean sameButCase(Identifier a, Identifier b) {
    return a.value().equalsIgnoreCase(b.value());
  }
}
