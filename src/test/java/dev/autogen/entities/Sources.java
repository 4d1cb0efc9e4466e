package dev.autogen.entities;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes small entity sources into a temporary root and reads them back with the reader. */
final class Sources {

  private final Path root;

  Sources(Path root) {
    this.root = root;
  }

  Sources add(String relativePath, String text) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path(String relativePath) {
    return root.resolve(relativePath);
  }

  EntityModel read() throws EntityReadException {
    return read(NamingStrategy.JPA);
  }

  EntityModel read(NamingStrategy naming) throws EntityReadException {
    return new EntityReader(PostgresDialect.create(), naming).read(List.of(root));
  }

  static Table table(EntityModel model, String name) {
    return model
        .desired()
        .table(Identifier.of(name))
        .orElseThrow(() -> new AssertionError("no table " + name + " in " + model.desired()));
  }

  static Column column(Table table, String name) {
    return table
        .column(Identifier.of(name))
        .orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
  }

  /**
   * How the application encodes the values of a column, as the model keeps it beside the schema.
   */
  static ColumnEncoding encoding(EntityModel model, String table, String column) {
    return model.encodings().stream()
        .filter(e -> e.table().equals(Identifier.of(table)))
        .filter(e -> e.column().equals(Identifier.of(column)))
        .findFirst()
        .orElse(
            new ColumnEncoding(
                Identifier.of(table), Identifier.of(column), Optional.empty(), Optional.empty()));
  }

  static List<Identifier> ids(String... names) {
    return java.util.Arrays.stream(names).map(Identifier::of).toList();
  }
}
