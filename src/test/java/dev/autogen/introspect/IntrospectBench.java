package dev.autogen.introspect;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.it.PostgresTestDatabase;
import java.sql.Connection;

/**
 * Times {@link Introspector#read} on a throwaway schema of N tables (default 1,000), each with 12
 * columns, a primary key, a foreign key, two indexes, a unique and a check constraint. Not a test:
 * run it by hand, e.g. {@code java -cp target/classes:target/test-classes:<deps>
 * dev.autogen.introspect.IntrospectBench 5000}.
 */
public final class IntrospectBench {

  private static final int ROUNDS = 5;
  private static final int DROP_BATCH = 200;

  private IntrospectBench() {}

  public static void main(String[] args) throws Exception {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    try (PostgresTestDatabase db = new PostgresTestDatabase();
        Connection connection = PostgresTestDatabase.connect()) {
      String schema = db.createSchema("bench_introspect");
      try {
        long created = System.nanoTime();
        for (int i = 1; i <= tables; i++) {
          db.execute(ddl(schema, i));
        }
        System.out.printf(
            "created %d tables in %d ms%n", tables, (System.nanoTime() - created) / 1_000_000);
        Introspector introspector = new Introspector(PostgresDialect.create());
        for (int round = 1; round <= ROUNDS; round++) {
          long start = System.nanoTime();
          Introspection result = introspector.read(connection, schema);
          long millis = (System.nanoTime() - start) / 1_000_000;
          System.out.printf(
              "round %d: %d tables, %d columns in %d ms%n",
              round,
              result.current().tables().size(),
              result.current().tables().stream().mapToInt(t -> t.columns().size()).sum(),
              millis);
        }
      } finally {
        drop(db, schema, tables);
      }
    }
  }

  /** Drops in batches: one DROP SCHEMA of thousands of tables exhausts the server's lock table. */
  private static void drop(PostgresTestDatabase db, String schema, int tables) throws Exception {
    for (int from = 1; from <= tables; from += DROP_BATCH) {
      StringBuilder names = new StringBuilder();
      for (int i = from; i < Math.min(from + DROP_BATCH, tables + 1); i++) {
        names.append(names.length() == 0 ? "" : ", ").append(schema).append(".t").append(i);
      }
      db.execute("DROP TABLE IF EXISTS " + names + " CASCADE");
    }
    db.dropSchema(schema);
  }

  private static String ddl(String schema, int i) {
    String t = schema + ".t" + i;
    String parent = schema + ".t" + Math.max(1, i - 1);
    return "CREATE TABLE "
        + t
        + " (id bigint PRIMARY KEY, parent_id bigint REFERENCES "
        + parent
        + " (id) ON DELETE CASCADE, code varchar(40) NOT NULL, name varchar(200),"
        + " amount numeric(38,2) DEFAULT 0, qty integer NOT NULL DEFAULT 1,"
        + " status varchar(20) DEFAULT 'active', created_at timestamptz DEFAULT now(),"
        + " updated_at timestamp(6), flag boolean, note text, ref uuid,"
        + " CONSTRAINT t"
        + i
        + "_code_uk UNIQUE (code), CONSTRAINT t"
        + i
        + "_qty_ck CHECK (qty >= 0));"
        + " CREATE INDEX t"
        + i
        + "_name_ix ON "
        + t
        + " (name); CREATE INDEX t"
        + i
        + "_created_ix ON "
        + t
        + " (created_at, status)";
  }
}
