package dev.autogen.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL server run from the zonky binaries on a free port, its data directory and server log
 * in a fresh temporary folder that closing deletes. The zonky Linux binaries are built to start as
 * root too, so no user switching is needed in containers. Durability is switched off: the data is
 * thrown away anyway.
 */
final class EmbeddedDevDatabase implements DevDatabase {
  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";

  private final EmbeddedPostgres server;
  private final Path folder;
  private final Thread shutdownHook;
  private boolean closed;

  private EmbeddedDevDatabase(EmbeddedPostgres server, Path folder) {
    this.server = server;
    this.folder = folder;
    // zonky's own hook stops the server but leaves the data folder behind on Ctrl-C
    this.shutdownHook = new Thread(this::closeQuietly, "autogen-devdb-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  static DevDatabase start() throws DevDatabaseException {
    Path folder;
    try {
      folder = Files.createTempDirectory("autogen-devdb-");
    } catch (IOException e) {
      throw new DevDatabaseException("Cannot create a temporary folder: " + e.getMessage(), e);
    }
    Path log = folder.resolve("postgres.log");
    try {
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setPgBinaryResolver(PostgresBinaries.standard())
              .setDataDirectory(folder.resolve("data"))
              .setCleanDataDirectory(true)
              .setRegisterShutdownHook(false)
              .setServerConfig("fsync", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("synchronous_commit", "off")
              // server output goes to a file so that nothing reaches the console and a failed
              // start can still be explained
              .setOutputRedirector(Redirect.appendTo(log.toFile()))
              .setErrorRedirector(Redirect.appendTo(log.toFile()))
              .start();
      return new EmbeddedDevDatabase(server, folder);
    } catch (IOException | RuntimeException e) {
      String serverLog = lastLines(log);
      TempFolders.deleteQuietly(folder);
      throw new DevDatabaseException(
          "Could not start embedded PostgreSQL: " + e.getMessage() + serverLog, e);
    }
  }

  @Override
  public String jdbcUrl() {
    return server.getJdbcUrl(USER, DATABASE);
  }

  @Override
  public Connection connect() throws SQLException {
    return PgConnections.open(server.getJdbcUrl(USER, DATABASE), new Properties());
  }

  @Override
  public String schema() {
    return "public";
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    removeShutdownHook();
    try {
      server.close();
    } catch (IOException e) {
      throw new IllegalStateException("Could not stop embedded PostgreSQL: " + e.getMessage(), e);
    } finally {
      TempFolders.deleteQuietly(folder);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (RuntimeException e) {
      // the JVM is exiting: there is nobody left to tell, and the folder is deleted regardless
    }
  }

  private void removeShutdownHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // close() is running from the hook itself
    }
  }

  private static String lastLines(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> tail = lines.subList(Math.max(0, lines.size() - 20), lines.size());
      return tail.isEmpty() ? "" : "\nserver log:\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "";
    }
  }
}
