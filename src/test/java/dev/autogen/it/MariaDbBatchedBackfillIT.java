package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Identifier;
import dev.autogen.model.SqlType;
import dev.autogen.plan.BatchWalk;
import dev.autogen.plan.BatchedBackfill;
import dev.autogen.plan.Value;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import java.sql.Connection;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated MySQL batched backfill on the local MariaDB: the temporary procedure commits batch
 * by batch (a second connection sees the filled count grow in steps of the batch size while it
 * runs, which one transaction would hide until its end), pauses as {@code --batch-pause} asks,
 * leaves no procedure behind, and a rerun changes nothing.
 */
class MariaDbBatchedBackfillIT {

  private static final int ROWS = 50_000;
  private static final int BATCH = 5_000;

  @Test
  void theBackfillCommitsEachBatch() throws Exception {
    Dialect dialect = MysqlDialect.create(MysqlFlavour.MARIADB);
    String sql =
        new Renderer(dialect, TemplateSource.bundled())
            .statement(
                new BatchedBackfill(
                    Identifier.of("big"),
                    Identifier.of("tier"),
                    new Value.Expression("'basic'"),
                    new BatchWalk(Identifier.of("id"), SqlType.of("bigint"), BATCH, 40)));
    assertThat(sql).contains("LIMIT " + BATCH).contains("DO SLEEP(0.040)").contains("COMMIT;");
    LocalMariaDb.inDatabase(
        "it_mbf",
        (c, database) -> {
          LocalMariaDb.execute(
              c,
              "CREATE TABLE big (id bigint PRIMARY KEY, payload int NOT NULL, tier varchar(20))");
          LocalMariaDb.execute(
              c, "INSERT INTO big (id, payload) SELECT seq, seq % 1000 FROM seq_1_to_" + ROWS);
          try (Connection watcher = LocalMariaDb.connectTo(database)) {
            CompletableFuture<Void> fill =
                CompletableFuture.runAsync(
                    () -> {
                      try {
                        ScriptRunner.run(c, sql + ";", false);
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    });
            TreeSet<Long> seen = new TreeSet<>();
            while (!fill.isDone()) {
              seen.add(
                  LocalMariaDb.queryLong(
                      watcher, "SELECT count(*) FROM big WHERE tier IS NOT NULL"));
              Thread.sleep(5);
            }
            fill.get(60, TimeUnit.SECONDS);
            assertThat(seen.subSet(1L, (long) ROWS))
                .as("filled counts seen from another connection while the backfill ran")
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(n -> n % BATCH == 0);
            assertThat(
                    LocalMariaDb.queryLong(
                        watcher, "SELECT count(*) FROM big WHERE tier = 'basic'"))
                .isEqualTo(ROWS);
            assertThat(
                    LocalMariaDb.queryLong(
                        watcher,
                        "SELECT count(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '"
                            + database
                            + "'"))
                .as("the procedure is dropped")
                .isZero();
          }
          ScriptRunner.run(c, sql + ";", false);
          assertThat(LocalMariaDb.queryLong(c, "SELECT count(*) FROM big WHERE tier = 'basic'"))
              .isEqualTo(ROWS);
        });
  }
}
