package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A history says whether it is a Liquibase change log, so no caller tests its class. */
class HistoryReplayTest {

  private static final LiquibaseReplay LIQUIBASE =
      new LiquibaseReplay(
          Path.of("src/main/resources"), "db/changelog/master.yaml", Map.of(), "", "");

  @Test
  void aLiquibaseHistoryIsItsChangeLog() {
    assertThat(LIQUIBASE.liquibase()).containsSame(LIQUIBASE);
  }

  @Test
  void aFlywayHistoryHasNoChangeLog() {
    assertThat(FlywayReplay.of(Path.of("db/migration")).liquibase()).isEmpty();
  }

  @Test
  void aChainOfHistoriesIsNoChangeLogToWorkOnChangesetByChangeset() {
    assertThat(FlywayReplay.of(Path.of("db/migration")).then(LIQUIBASE).liquibase()).isEmpty();
  }
}
