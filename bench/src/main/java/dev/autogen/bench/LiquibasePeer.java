package dev.autogen.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.serializer.SnapshotSerializerFactory;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;

/**
 * The Liquibase peer: what {@code liquibase snapshot --snapshot-format=json} runs (its snapshot
 * command step), through the API, so that the CLI's optional dependencies (picocli) are not
 * needed: a snapshot of the default schema with every object type, written as JSON.
 *
 * <p>Usage: {@code LiquibasePeer JDBC_URL USER OUTPUT_FILE}. Prints {@code liquibase: N tables}.
 */
public final class LiquibasePeer {

  private LiquibasePeer() {}

  public static void main(String[] args) throws Exception {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(
                new JdbcConnection(DriverManager.getConnection(args[0], args[1], null)));
    try {
      DatabaseSnapshot snapshot =
          SnapshotGeneratorFactory.getInstance()
              .createSnapshot(
                  new CatalogAndSchema[] {database.getDefaultSchema()},
                  database,
                  new SnapshotControl(database));
      try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
        SnapshotSerializerFactory.getInstance().getSerializer("json").write(snapshot, out);
      }
      System.out.println("liquibase: " + snapshot.get(Table.class).size() + " tables");
    } finally {
      database.close();
    }
  }
}
