package dev.autogen.entities;

import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The indexes and unique constraints of {@code @Table}. Unnamed ones get {@code
 * idx_<table>_<columns>} and {@code <table>_<columns>_key}. Column names go through the naming
 * strategy, as Hibernate resolves them against the logical names.
 */
final class TableConstraints {

  private final MappingContext ctx;

  TableConstraints(MappingContext ctx) {
    this.ctx = ctx;
  }

  void apply(AnnotationValues table, TableBuilder builder, SourceFile file) {
    for (AnnotationValues index : table.annotations("indexes")) {
      List<Identifier> columns = columnList(index, builder, file);
      if (columns.isEmpty()) {
        continue;
      }
      Identifier name = name(index, "idx", builder.name(), columns, "");
      builder.addIndex(
          new Index(name, columns, index.bool("unique").orElse(false), Optional.empty()));
    }
    for (AnnotationValues unique : table.annotations("uniqueConstraints")) {
      List<Identifier> columns = new ArrayList<>();
      for (String column : unique.strings("columnNames")) {
        columns.add(checked(ctx.names().physical(column), builder, file, unique));
      }
      if (columns.isEmpty()) {
        continue;
      }
      Identifier name = name(unique, "", builder.name(), columns, ctx.names().uniqueSuffix());
      builder.addUnique(new UniqueConstraint(name, columns));
    }
  }

  /** The name the annotation gives, else the one generated from the table and its columns. */
  private Identifier name(
      AnnotationValues annotation,
      String prefix,
      Identifier table,
      List<Identifier> columns,
      String suffix) {
    return annotation
        .string("name")
        .map(ctx.names()::explicit)
        .orElse(ctx.names().generated(prefix, prepend(table, columns), suffix));
  }

  private List<Identifier> columnList(
      AnnotationValues index, TableBuilder builder, SourceFile file) {
    List<Identifier> columns = new ArrayList<>();
    for (String part : index.string("columnList").orElse("").split(",")) {
      String column = part.trim();
      if (column.isEmpty()) {
        continue;
      }
      String lower = column.toLowerCase(Locale.ROOT);
      if (lower.endsWith(" desc")) {
        ctx.diagnostics()
            .warn(
                file,
                index.annotation(),
                "descending index order is not modelled; '" + column + "' is taken as ascending");
      }
      column = column.replaceAll("(?i)\\s+(asc|desc)$", "");
      columns.add(checked(ctx.names().physical(column), builder, file, index));
    }
    return columns;
  }

  private Identifier checked(
      Identifier column, TableBuilder builder, SourceFile file, AnnotationValues at) {
    if (!builder.hasColumn(column)) {
      ctx.diagnostics()
          .warn(
              file,
              at.annotation(),
              "column " + column + " is not mapped in table " + builder.name());
    }
    return column;
  }

  private static List<Identifier> prepend(Identifier table, List<Identifier> columns) {
    List<Identifier> parts = new ArrayList<>();
    parts.add(table);
    parts.addAll(columns);
    return parts;
  }
}
