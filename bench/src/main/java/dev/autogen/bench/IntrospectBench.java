package dev.autogen.bench;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Times {@link Introspector#read} alone, several rounds in one JVM (the first cold, the others
 * warm), on the bench database loaded with the {@link Workload} of N tables (12 columns, a primary
 * key, a foreign key, two indexes, a unique and a check constraint each). The measurement behind
 * {@code docs/architecture-introspect.md}; the whole bench times the same phase once cold and
 * twice warm ({@link Stages}).
 *
 * <p>Started by {@code bench/run.sh introspect [N] [ROUNDS]}, with {@code bench.root} and the
 * database properties of {@link BenchMain}.
 */
public final class IntrospectBench {

  private IntrospectBench() {}

  public static void main(String[] args) throws Exception {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path work = Path.of(System.getProperty("bench.work", "/tmp/autogen-bench"), "introspect");
    BenchDatabase db =
        new BenchDatabase(
            System.getProperty("bench.host", "127.0.0.1"),
            System.getProperty("bench.port", "5432"),
            System.getProperty("bench.user", "postgres"),
            System.getProperty("bench.db", "autogen_bench"),
            System.getProperty("bench.adminDb", "test"));
    new Workload(tables).write(work);
    long created = System.nanoTime();
    db.recreate(work.resolve("schema.sql"), tables);
    System.out.printf(
        "created %d tables in %d ms%n", tables, (System.nanoTime() - created) / 1_000_000);
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), null)) {
      Introspector introspector = new Introspector(PostgresDialect.create());
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        Introspection result = introspector.read(connection, "public");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            "round %d: %d tables, %d columns in %d ms%n",
            round,
            result.current().tables().size(),
            result.current().tables().stream().mapToInt(t -> t.columns().size()).sum(),
            millis);
      }
    } finally {
      db.drop(tables);
    }
  }
}
