package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's own database on the local PostgreSQL, driven through psql: created for a workload,
 * emptied in batches (one statement dropping thousands of tables exhausts the server's lock
 * table) and dropped.
 */
final class BenchDatabase {

  private static final int DROP_BATCH = 200;

  private final String host;
  private final String port;
  private final String user;
  private final String name;
  private final String adminDb;

  BenchDatabase(String host, String port, String user, String name, String adminDb) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.name = name;
    this.adminDb = adminDb;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  String user() {
    return user;
  }

  /** psql's connection arguments for the bench database. */
  List<String> psqlArgs() {
    return List.of("-X", "-q", "-h", host, "-p", port, "-U", user, "-d", name);
  }

  /** Drops the database if it exists (emptying it in batches first), creates it, loads the DDL. */
  void recreate(Path ddl, int tables) throws IOException, InterruptedException {
    drop(tables);
    psql(adminDb, "-c", "CREATE DATABASE " + name);
    psql(name, "-v", "ON_ERROR_STOP=1", "-f", ddl.toString());
    psql(name, "-c", "VACUUM ANALYZE");
  }

  void drop(int tables) throws IOException, InterruptedException {
    String exists =
        psqlOut(adminDb, "-A", "-t", "-c", "SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
    if (exists.isBlank()) {
      return;
    }
    List<String> batch = new ArrayList<>();
    for (int i = 1; i <= tables; i++) {
      batch.add("t" + i);
      if (batch.size() == DROP_BATCH || i == tables) {
        psql(name, "-c", "DROP TABLE IF EXISTS " + String.join(", ", batch) + " CASCADE");
        batch.clear();
      }
    }
    psql(adminDb, "-c", "DROP DATABASE " + name);
  }

  private void psql(String db, String... args) throws IOException, InterruptedException {
    psqlOut(db, args);
  }

  private String psqlOut(String db, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(List.of("psql", "-X", "-q", "-h", host, "-p", port, "-U", user, "-d", db));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
