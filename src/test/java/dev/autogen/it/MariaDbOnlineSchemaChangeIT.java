package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change MariaDB can only make by copying the table (int → bigint), on a table over {@code
 * --error-rows}: {@code -m} refuses it and names the ways out; {@code --allow-copy} writes the copy
 * with a loud header; {@code --online-schema-change pt-osc} writes the pt-online-schema-change
 * commands into the step, and those commands, run as written against the local MariaDB on a table
 * of 200,000 rows while a writer inserts and updates rows, lose no row and give the writer no error
 * beyond the retries the cut-over may cause (deadlock 1213, lock wait timeout 1205). The step's
 * undo, narrowing the column back (a copy again), is handed to the tool the same way and its
 * commands, run as written, restore the column with every row. Needs pt-online-schema-change on the
 * PATH (Debian package percona-toolkit; {@code .ci/run} installs it).
 */
class MariaDbOnlineSchemaChangeIT {

  private static final int ROWS = 200_000;

  /** The errors a writer may see at pt-online-schema-change's trigger creation or table swap. */
  private static final List<Integer> RETRIED = List.of(1213, 1205);

  @TempDir Path dir;

  private Path entities() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("Order.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "orders")
        public class Order {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(nullable = false)
          private long qty;

          @Column(length = 40)
          private String note;
        }
        """);
    return dir.resolve("src");
  }

  private CliRun generate(String url, Path entities, String name, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "-m",
                name,
                "--url",
                url,
                "--entities",
                entities.toString(),
                "--naming",
                "jpa",
                "--error-rows",
                "100000",
                "--warn-rows",
                "1000",
                "--migrations",
                dir.resolve(name + "/migration").toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args);
  }

  private String migrationText(String name) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(name + "/migration"))) {
      List<Path> sql = files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
      StringBuilder text = new StringBuilder();
      for (Path p : sql) {
        text.append(Files.readString(p)).append('\n');
      }
      return text.toString();
    }
  }

  private String undoText(String name) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve(name))) {
      List<Path> undo =
          files.filter(p -> p.getFileName().toString().matches("U.*\\.sql")).sorted().toList();
      StringBuilder text = new StringBuilder();
      for (Path p : undo) {
        text.append(Files.readString(p)).append('\n');
      }
      return text.toString();
    }
  }

  @Test
  void aCopyOfABigTableIsRefusedAllowedOrHandedToPtOnlineSchemaChange() throws Exception {
    Path entities = entities();
    LocalMariaDb.inDatabase(
        "mdbops_ptosc",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE orders (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                  + " qty int NOT NULL, note varchar(40))");
          LocalMariaDb.execute(
              c,
              "INSERT INTO orders (id, qty, note) SELECT seq, seq % 1000, CONCAT('n', seq)"
                  + " FROM seq_1_to_"
                  + ROWS);
          LocalMariaDb.execute(c, "ANALYZE TABLE orders");
          String url = LocalMariaDb.urlOf(database);

          CliRun refused = generate(url, entities, "refused");
          assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(2);
          assertThat(refused.err())
              .contains("table orders (")
              .contains("the type of qty changes")
              .contains("ALGORITHM=COPY")
              .contains("--allow-copy")
              .contains("--online-schema-change pt-osc");
          assertThat(dir.resolve("refused/migration")).doesNotExist();

          CliRun copy = generate(url, entities, "copy", "--allow-copy");
          assertThat(copy.code()).as(copy.out() + copy.err()).isZero();
          assertThat(migrationText("copy"))
              .contains("WARNING, --allow-copy: table orders (")
              .contains("MODIFY COLUMN `qty` bigint NOT NULL, ALGORITHM=COPY, LOCK=SHARED");

          CliRun handed = generate(url, entities, "ptosc", "--online-schema-change", "pt-osc");
          assertThat(handed.code()).as(handed.out() + handed.err()).isZero();
          String step = migrationText("ptosc");
          List<String> commands =
              step.lines()
                  .filter(l -> l.startsWith("--   pt-online-schema-change "))
                  .map(l -> l.substring("--   ".length()))
                  .toList();
          assertThat(commands).hasSize(2);
          assertThat(commands.get(0))
              .contains("--alter 'MODIFY COLUMN `qty` bigint NOT NULL'")
              .contains("--max-load Threads_running=25")
              .contains("--critical-load Threads_running=50")
              .contains("--chunk-size 1000")
              .contains("--dry-run")
              // the data source name is one single-quoted shell word, as every argument
              .containsPattern(" 'h=[^' ]+,D=" + database + ",t=orders'$");
          assertThat(commands.get(1)).contains("--execute");
          String check =
              step.lines()
                  .filter(l -> l.startsWith("ALTER TABLE `orders`"))
                  .findFirst()
                  .orElseThrow()
                  .replaceFirst(";$", "");
          assertThat(check).endsWith("ALGORITHM=INSTANT");
          // before the tool has run, the step refuses to pass
          assertThatThrownBy(() -> LocalMariaDb.execute(c, check))
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("ALGORITHM=INSTANT is not supported");

          Writer writer = new Writer(LocalMariaDb.urlOf(database));
          Thread thread = new Thread(writer, "orders-writer");
          thread.start();
          try {
            waitFor(writer, 50);
            assertThat(run(commands.get(0))).as("dry run").isZero();
            int atStart = writer.done.get();
            assertThat(run(commands.get(1))).as("execute").isZero();
            int before = writer.done.get();
            // the writer kept writing while the rows were copied and the tables swapped
            assertThat(before).as("writes during the copy").isGreaterThan(atStart);
            waitFor(writer, before + 50);
          } finally {
            writer.stop.set(true);
            thread.join(TimeUnit.SECONDS.toMillis(60));
          }
          assertThat(writer.unexpected).as("writer errors").isEmpty();
          assertThat(writer.inserted).isNotEmpty();
          assertThat(writer.updated).isNotEmpty();

          // the change is there, the step passes, and no row was lost or changed wrongly
          assertThat(
                  LocalMariaDb.queryLong(
                      c,
                      "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                          + " DATABASE() AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'qty'"
                          + " AND DATA_TYPE = 'bigint'"))
              .isEqualTo(1);
          LocalMariaDb.execute(c, check);
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders WHERE id <= " + ROWS))
              .isEqualTo(ROWS);
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders"))
              .isEqualTo(ROWS + writer.inserted.size());
          assertThat(
                  LocalMariaDb.queryLong(
                      c,
                      "SELECT COUNT(*) FROM orders WHERE id <= "
                          + ROWS
                          + " AND (qty <> id % 1000 OR note NOT LIKE CONCAT('n', id, '%'))"))
              .isZero();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT qty, note FROM orders WHERE id = ?")) {
            for (Map.Entry<Long, Integer> w : writer.inserted.entrySet()) {
              ps.setLong(1, w.getKey());
              try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("inserted row " + w.getKey()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(w.getValue().longValue());
              }
            }
            for (Map.Entry<Long, Integer> u : writer.updated.entrySet()) {
              ps.setLong(1, u.getKey());
              try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2))
                    .as("updates of row " + u.getKey())
                    .isEqualTo("n" + u.getKey() + "+".repeat(u.getValue()));
              }
            }
          }

          // the undo narrows the column back, a copy again: handed to the tool the same way
          String undo = undoText("ptosc");
          List<String> undoCommands =
              undo.lines()
                  .filter(l -> l.startsWith("--   pt-online-schema-change "))
                  .map(l -> l.substring("--   ".length()))
                  .toList();
          assertThat(undoCommands).hasSize(2);
          assertThat(undoCommands.get(0))
              .containsPattern("--alter 'MODIFY COLUMN `qty` int(\\(11\\))? NOT NULL'")
              .contains("--dry-run");
          assertThat(undoCommands.get(1)).contains("--execute");
          String undoCheck =
              undo.lines()
                  .filter(l -> l.startsWith("ALTER TABLE `orders`"))
                  .findFirst()
                  .orElseThrow()
                  .replaceFirst(";$", "");
          assertThatThrownBy(() -> LocalMariaDb.execute(c, undoCheck))
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("ALGORITHM=INSTANT is not supported");
          long rows = LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders");
          assertThat(run(undoCommands.get(0))).as("undo dry run").isZero();
          assertThat(run(undoCommands.get(1))).as("undo execute").isZero();
          LocalMariaDb.execute(c, undoCheck);
          assertThat(
                  LocalMariaDb.queryLong(
                      c,
                      "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                          + " DATABASE() AND TABLE_NAME = 'orders' AND COLUMN_NAME = 'qty'"
                          + " AND DATA_TYPE = 'int'"))
              .isEqualTo(1);
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders")).isEqualTo(rows);

          System.out.println(
              "pt-osc writer: "
                  + writer.inserted.size()
                  + " inserts, "
                  + writer.updated.values().stream().mapToInt(Integer::intValue).sum()
                  + " updates, "
                  + writer.retries.get()
                  + " retried (1213/1205)");
        });
  }

  private static void waitFor(Writer writer, int operations) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (writer.done.get() < operations && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(writer.done.get()).as("writer progress").isGreaterThanOrEqualTo(operations);
  }

  private int run(String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("bash", "-c", command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("pt-osc.log").toFile())
            .start();
    boolean ended = p.waitFor(10, TimeUnit.MINUTES);
    String log = Files.readString(dir.resolve("pt-osc.log"), StandardCharsets.UTF_8);
    System.out.println(log);
    assertThat(ended).as("pt-online-schema-change ended: " + log).isTrue();
    return p.exitValue();
  }

  /**
   * Inserts rows (qty = a counter) and appends {@code +} to the note of random original rows, one
   * statement at a time with autocommit, as an application would; retries only what the cut-over
   * may cause.
   */
  private static final class Writer implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final Map<Long, Integer> inserted = new ConcurrentHashMap<>();
    final Map<Long, Integer> updated = new ConcurrentHashMap<>();
    final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final String url;

    Writer(String url) {
      this.url = url;
    }

    @Override
    public void run() {
      Random random = new Random(42);
      try (Connection c = java.sql.DriverManager.getConnection(url);
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO orders (qty, note) VALUES (?, 'w')",
                  java.sql.Statement.RETURN_GENERATED_KEYS);
          PreparedStatement update =
              c.prepareStatement("UPDATE orders SET note = CONCAT(note, '+') WHERE id = ?")) {
        int i = 0;
        while (!stop.get()) {
          i++;
          int qty = i;
          long id = 1 + random.nextInt(ROWS);
          try {
            retrying(
                () -> {
                  insert.setInt(1, qty);
                  insert.executeUpdate();
                  try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    inserted.put(keys.getLong(1), qty);
                  }
                });
            if (updated.getOrDefault(id, 0) < 30) {
              retrying(
                  () -> {
                    update.setLong(1, id);
                    if (update.executeUpdate() == 1) {
                      updated.merge(id, 1, Integer::sum);
                    }
                  });
            }
            done.incrementAndGet();
          } catch (SQLException e) {
            unexpected.add(e.getErrorCode() + " " + e.getMessage());
          }
        }
      } catch (SQLException e) {
        unexpected.add("connection: " + e.getMessage());
      }
    }

    private interface Work {
      void run() throws SQLException;
    }

    private void retrying(Work work) throws SQLException {
      for (int attempt = 1; ; attempt++) {
        try {
          work.run();
          return;
        } catch (SQLException e) {
          if (!RETRIED.contains(e.getErrorCode()) || attempt >= 5) {
            throw e;
          }
          retries.incrementAndGet();
        }
      }
    }
  }
}
