package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.DevDatabase;
import dev.autogen.devdb.DevDatabases;
import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.dialect.Dialects;
import dev.autogen.lint.run.SchemaSnapshots;
import dev.autogen.lint.state.Surface;
import dev.autogen.lint.state.SurfaceSteps;
import dev.autogen.model.SqlType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The surface the check of both code versions reads on MariaDB: tables through the MySQL catalog
 * reader, views with their column types, and the columns a trigger fills ({@code SET NEW.x = ...}).
 */
class MariaDbSurfaceIT {

  @Test
  void viewsAndTriggerFilledColumnsAreRead(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("V1__orders.sql"),
        "CREATE TABLE `orders` (`id` BIGINT NOT NULL PRIMARY KEY, `status` VARCHAR(20) NOT NULL,"
            + " `state` VARCHAR(20) NULL);\n");
    Files.writeString(
        dir.resolve("V2__expand.sql"),
        "CREATE VIEW `orders_v` AS SELECT `id`, `status` FROM `orders`;\n"
            + "DELIMITER //\n"
            + "CREATE TRIGGER `orders_sync` BEFORE INSERT ON `orders` FOR EACH ROW\n"
            + "BEGIN\n"
            + "  IF NEW.state IS NULL THEN SET NEW.state = NEW.status; END IF;\n"
            + "END //\n"
            + "DELIMITER ;\n");
    List<MigrationFile> files = MigrationFolder.list(dir);
    try (DevDatabase db = DevDatabases.open(LocalMariaDb.URL, null, null)) {
      SurfaceSteps steps =
          SchemaSnapshots.takeEach(
              db, Dialects.forName("mariadb"), files.subList(0, 1), files.subList(1, 2));
      assertThat(steps.before().tables()).hasSize(1);
      Surface after = steps.steps().get(0).after();
      assertThat(after.schema().tables()).hasSize(1);
      assertThat(after.views()).containsOnlyKeys("orders_v");
      assertThat(after.views().get("orders_v"))
          .containsEntry("id", SqlType.of("bigint"))
          .containsEntry("status", SqlType.of("varchar", 20));
      assertThat(after.triggerFilled()).containsExactly("orders.state");
    }
  }
}
