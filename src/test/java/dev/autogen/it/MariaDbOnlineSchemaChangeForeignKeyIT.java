package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.devdb.ScriptRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change handed to pt-online-schema-change on a table whose foreign key is lifted around it
 * (MariaDB refuses the type change of a column a key uses): widening {@code orders.customer_id}
 * with {@code customers.id}. The tool runs before the file, while the key is still there, so its
 * {@code --alter} drops the key on its copy too ({@code DROP FOREIGN KEY _name}, the name the tool
 * gives the copy's key); the file then skips the key's drop ({@code IF EXISTS}), changes the
 * parent, checks for orphans and adds the key back. Run as written while a writer inserts rows: no
 * row is lost, the key is back and enforced; the undo does the same in reverse. Needs
 * pt-online-schema-change on the PATH (Debian package percona-toolkit).
 */
class MariaDbOnlineSchemaChangeForeignKeyIT {

  private static final int ROWS = 20_000;

  @TempDir Path dir;

  private Path entities() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("Customer.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "customers")
        public class Customer {
          @Id private Long id;

          @Column(length = 40)
          private String name;
        }
        """);
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

          @ManyToOne(optional = false)
          @JoinColumn(name = "customer_id", nullable = false)
          private Customer customer;

          @Column(nullable = false)
          private int qty;
        }
        """);
    return dir.resolve("src");
  }

  private static String text(Path folder, String pattern) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      StringBuilder text = new StringBuilder();
      for (Path p :
          files.filter(p -> p.getFileName().toString().matches(pattern)).sorted().toList()) {
        text.append(Files.readString(p)).append('\n');
      }
      return text.toString();
    }
  }

  private static List<String> commands(String script) {
    return script
        .lines()
        .filter(l -> l.startsWith("--   pt-online-schema-change "))
        .map(l -> l.substring("--   ".length()))
        .toList();
  }

  @Test
  void aHandedChangeUnderALiftedForeignKeyLosesNoRowAndKeepsTheKey() throws Exception {
    Path entities = entities();
    LocalMariaDb.inDatabase(
        "mdbopsfk",
        (c, database) -> {
          LocalMariaDb.execute(
              c, "CREATE TABLE customers (id int NOT NULL PRIMARY KEY, name varchar(40))");
          LocalMariaDb.execute(
              c,
              "CREATE TABLE orders (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                  + " customer_id int NOT NULL, qty int NOT NULL, CONSTRAINT fk_orders_customer"
                  + " FOREIGN KEY (customer_id) REFERENCES customers (id))");
          LocalMariaDb.execute(
              c, "INSERT INTO customers SELECT seq, CONCAT('c', seq) FROM seq_1_to_100");
          LocalMariaDb.execute(
              c,
              "INSERT INTO orders (id, customer_id, qty) SELECT seq, 1 + seq % 100, seq % 1000"
                  + " FROM seq_1_to_"
                  + ROWS);
          LocalMariaDb.execute(c, "ANALYZE TABLE orders, customers");

          CliRun handed =
              CliRun.of(
                  "-m",
                  "fk",
                  "--url",
                  LocalMariaDb.urlOf(database),
                  "--entities",
                  entities.toString(),
                  "--naming",
                  "jpa",
                  "--error-rows",
                  "10000",
                  "--warn-rows",
                  "1000",
                  "--migrations",
                  dir.resolve("out/migration").toString(),
                  "--online-schema-change",
                  "pt-osc");
          assertThat(handed.code()).as(handed.out() + handed.err()).isZero();
          String step = text(dir.resolve("out/migration"), "V.*\\.sql");
          List<String> commands = commands(step);
          assertThat(commands).hasSize(2);
          assertThat(commands.get(0))
              .contains(
                  "--alter 'DROP FOREIGN KEY `_fk_orders_customer`,"
                      + " MODIFY COLUMN `customer_id` bigint NOT NULL'");

          Writer writer = new Writer(LocalMariaDb.urlOf(database));
          Thread thread = new Thread(writer, "orders-writer");
          thread.start();
          try {
            assertThat(run(commands.get(0))).as("dry run").isZero();
            assertThat(run(commands.get(1))).as("execute").isZero();
          } finally {
            writer.stop.set(true);
            thread.join(TimeUnit.SECONDS.toMillis(60));
          }
          assertThat(writer.unexpected).as("writer errors").isEmpty();
          ScriptRunner.run(c, step, false);

          assertThat(type(c, "orders", "customer_id")).isEqualTo("bigint");
          assertThat(type(c, "customers", "id")).isEqualTo("bigint");
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders"))
              .isEqualTo(ROWS + writer.inserted.get());
          assertKeyEnforced(c);

          String undo = text(dir.resolve("out"), "U.*\\.sql");
          List<String> undoCommands = commands(undo);
          assertThat(undoCommands).hasSize(2);
          assertThat(undoCommands.get(0)).contains("DROP FOREIGN KEY `_fk_orders_customer`,");
          long rows = LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders");
          assertThat(run(undoCommands.get(0))).as("undo dry run").isZero();
          assertThat(run(undoCommands.get(1))).as("undo execute").isZero();
          ScriptRunner.run(c, undo, false);
          assertThat(type(c, "orders", "customer_id")).isEqualTo("int");
          assertThat(type(c, "customers", "id")).isEqualTo("int");
          assertThat(LocalMariaDb.queryLong(c, "SELECT COUNT(*) FROM orders")).isEqualTo(rows);
          assertKeyEnforced(c);
        });
  }

  private static String type(Connection c, String table, String column) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  /** The key is back under its own name and refuses a row pointing nowhere. */
  private static void assertKeyEnforced(Connection c) throws SQLException {
    assertThat(
            LocalMariaDb.queryLong(
                c,
                "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                    + " AND CONSTRAINT_NAME = 'fk_orders_customer'"
                    + " AND REFERENCED_TABLE_NAME = 'customers'"))
        .isEqualTo(1);
    assertThat(
            LocalMariaDb.queryLong(
                c,
                "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS"
                    + " (SELECT 1 FROM customers p WHERE p.id = o.customer_id)"))
        .isZero();
    assertThatThrownBy(
            () -> LocalMariaDb.execute(c, "INSERT INTO orders (customer_id, qty) VALUES (999, 1)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("foreign key constraint fails");
  }

  private int run(String command) throws IOException, InterruptedException {
    Path log = dir.resolve("pt-osc.log");
    Process p =
        new ProcessBuilder("bash", "-c", command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = p.waitFor(10, TimeUnit.MINUTES);
    String out = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(out);
    assertThat(ended).as("pt-online-schema-change ended: " + out).isTrue();
    return p.exitValue();
  }

  /** Inserts orders of existing customers one at a time, retrying what the cut-over may cause. */
  private static final class Writer implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger inserted = new AtomicInteger();
    final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    private final String url;

    Writer(String url) {
      this.url = url;
    }

    @Override
    public void run() {
      try (Connection c = java.sql.DriverManager.getConnection(url);
          PreparedStatement insert =
              c.prepareStatement("INSERT INTO orders (customer_id, qty) VALUES (?, ?)")) {
        for (int i = 0; !stop.get(); i++) {
          insert.setInt(1, 1 + i % 100);
          insert.setInt(2, i);
          for (int attempt = 1; ; attempt++) {
            try {
              insert.executeUpdate();
              inserted.incrementAndGet();
              break;
            } catch (SQLException e) {
              if (!List.of(1213, 1205).contains(e.getErrorCode()) || attempt >= 5) {
                unexpected.add(e.getErrorCode() + " " + e.getMessage());
                return;
              }
            }
          }
        }
      } catch (SQLException e) {
        unexpected.add("connection: " + e.getMessage());
      }
    }
  }
}
