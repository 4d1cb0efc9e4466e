package dev.autogen.introspect.postgres;

import dev.autogen.introspect.RowsByTable;
import dev.autogen.introspect.postgres.ColumnReader.TableColumn;
import dev.autogen.introspect.postgres.ConstraintReader.Constraints;
import dev.autogen.introspect.postgres.IndexReader.TableIndex;
import dev.autogen.introspect.postgres.RelationReader.Relation;
import dev.autogen.model.Column;
import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.Table;
import dev.autogen.model.TableStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the rows of the set-based catalog queries together into model tables, keeping only the
 * tables the caller chose; rows of other relations (partitions, excluded tables) fall away here.
 */
final class SchemaAssembler {

  private final Map<String, List<Column>> columns;
  private final Map<String, List<Index>> indexes;
  private final Constraints constraints;

  SchemaAssembler(List<TableColumn> columns, List<TableIndex> indexes, Constraints constraints) {
    this.columns = RowsByTable.group(columns, TableColumn::table, TableColumn::column);
    this.indexes = RowsByTable.group(indexes, TableIndex::table, TableIndex::index);
    this.constraints = constraints;
  }

  Table table(String name) {
    return new Table(
        Identifier.of(name),
        columns.getOrDefault(name, List.of()),
        Optional.ofNullable(constraints.primaryKeys().get(name)),
        constraints.uniques().getOrDefault(name, List.of()),
        indexes.getOrDefault(name, List.of()),
        constraints.foreignKeys().getOrDefault(name, List.of()),
        constraints.checks().getOrDefault(name, List.of()));
  }

  static TableStatistics statistics(Relation relation) {
    return new TableStatistics(
        Identifier.of(relation.name()), relation.estimatedRows(), relation.totalBytes());
  }
}
