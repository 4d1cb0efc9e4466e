package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.plan.BatchedBackfill;
import dev.autogen.plan.BatchedConvertValues;
import dev.autogen.plan.Precheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Views of the PL/pgSQL-style blocks: pre-flight checks, batched backfills and batched enum
 * conversions. Names are quoted, labels (for messages) are SQL string literals of the plain names.
 */
final class CheckViews {

  /** One column of a list; {@code separator} is {@code " AND "} on every item but the last. */
  record Item(String column, String referenced, String separator) {}

  record NoNulls(String table, String tableLabel, String column, String columnLabel) {}

  record NoDuplicates(
      String table, String tableLabel, String columns, String columnsLabel, List<Item> items) {}

  record NoOrphans(
      String table,
      String tableLabel,
      String referencedTable,
      String referencedLabel,
      String columnsLabel,
      List<Item> items) {}

  record Empty(String table, String tableLabel) {}

  /** {@code tableName} is the quoted table name as a text literal, for {@code ::regclass}. */
  record NoDependentViews(String tableName, String tableLabel, String columnLabel) {}

  record ValuesFit(
      String table,
      String tableLabel,
      String column,
      String columnLabel,
      String condition,
      String typeLabel) {}

  /** {@code pause} is the pause after each batch in seconds, absent when there is none. */
  record Batched(
      String table,
      String column,
      String label,
      String value,
      Optional<String> source,
      String key,
      String keyType,
      int batchSize,
      Optional<String> pause,
      boolean oneTimeCopy) {}

  /**
   * {@code value} is a CASE from each text to convert to its new text, {@code pending} the list of
   * those texts; {@code pause} as in {@link Batched}.
   */
  record BatchedConversion(
      String table,
      String column,
      String label,
      String value,
      String pending,
      String key,
      String keyType,
      int batchSize,
      Optional<String> pause) {}

  private final Dialect dialect;
  private final ValueSql values;
  private final Set<String> readingColumns;

  /**
   * @param readingColumns the user expressions that read a column of the row, as the SQL layer
   *     decided where they were read (render reads no SQL)
   */
  CheckViews(Dialect dialect, Set<String> readingColumns) {
    this.dialect = dialect;
    this.values = new ValueSql(dialect);
    this.readingColumns = Set.copyOf(readingColumns);
  }

  private String q(Identifier id) {
    return dialect.quote(id);
  }

  private String label(String text) {
    return dialect.expressions().literal(text);
  }

  Object precheck(Precheck op) {
    Identifier t = op.table();
    Precheck.Expectation e = op.expectation();
    if (e instanceof Precheck.NoNulls n) {
      return new NoNulls(q(t), label(t.value()), q(n.column()), label(n.column().value()));
    }
    if (e instanceof Precheck.NoDuplicates d) {
      return new NoDuplicates(
          q(t),
          label(t.value()),
          d.columns().stream().map(this::q).collect(Collectors.joining(", ")),
          label(names(d.columns())),
          items(d.columns(), d.columns()));
    }
    if (e instanceof Precheck.NoOrphans o) {
      ForeignKey fk = o.foreignKey();
      return new NoOrphans(
          q(t),
          label(t.value()),
          q(fk.referencedTable()),
          label(fk.referencedTable().value()),
          label(names(fk.columns())),
          items(fk.columns(), fk.referencedColumns()));
    }
    if (e instanceof Precheck.NoDependentViews v) {
      return new NoDependentViews(label(q(t)), label(t.value()), label(v.column().value()));
    }
    if (e instanceof Precheck.ValuesFit f) {
      return new ValuesFit(
          q(t),
          label(t.value()),
          q(f.column()),
          label(f.column().value()),
          f.misfit().condition(q(f.column())),
          label(dialect.types().render(f.type())));
    }
    return new Empty(q(t), label(t.value()));
  }

  Object batched(BatchedBackfill op) {
    return new Batched(
        q(op.table()),
        q(op.column()),
        label(op.table().value() + "." + op.column().value()),
        values.plain(op.value()),
        values.sourceColumn(op.value()),
        q(op.walk().key()),
        dialect.types().render(op.walk().keyType()),
        op.walk().batchSize(),
        pause(op.walk().pauseMillis()),
        // a user expression reading other columns is copied once, not kept in sync
        op.value() instanceof dev.autogen.plan.Value.Expression e
            && readingColumns.contains(e.sql()));
  }

  Object batched(BatchedConvertValues op) {
    Identifier column = op.mapping().column();
    EnumCase conversion = EnumCase.of(op.mapping(), q(column), dialect);
    return new BatchedConversion(
        q(op.table()),
        q(column),
        label(op.table().value() + "." + column.value()),
        conversion.value(),
        conversion.pending(),
        q(op.walk().key()),
        dialect.types().render(op.walk().keyType()),
        op.walk().batchSize(),
        pause(op.walk().pauseMillis()));
  }

  /** A pause in seconds, as the templates sleep, or none. */
  private static Optional<String> pause(long millis) {
    return millis == 0
        ? Optional.empty()
        : Optional.of(java.math.BigDecimal.valueOf(millis, 3).toPlainString());
  }

  private static String names(List<Identifier> ids) {
    return ids.stream().map(Identifier::value).collect(Collectors.joining(", "));
  }

  private List<Item> items(List<Identifier> columns, List<Identifier> referenced) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      items.add(
          new Item(
              q(columns.get(i)), q(referenced.get(i)), i == columns.size() - 1 ? "" : " AND "));
    }
    return items;
  }
}
