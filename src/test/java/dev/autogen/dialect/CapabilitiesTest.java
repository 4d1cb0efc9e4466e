package dev.autogen.dialect;

import static dev.autogen.dialect.Capability.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.dialect.postgres.PostgresDialect;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

  @Test
  void eachWitherSetsItsOwnFactOnly() {
    Capabilities c = Capabilities.baseline().withConcurrentIndex(true).withEnforcedChecks(true);
    assertThat(Capabilities.baseline().facts()).isEmpty();
    assertThat(c.facts()).containsExactly(CONCURRENT_INDEX, ENFORCED_CHECKS);
    assertThat(c.concurrentIndex()).isTrue();
    assertThat(c.transactionalDdl()).isFalse();
    assertThat(c.withConcurrentIndex(false).facts()).containsExactly(ENFORCED_CHECKS);
    assertThat(c)
        .isEqualTo(Capabilities.baseline().withEnforcedChecks(true).withConcurrentIndex(true));
  }

  /** The facts each dialect had when they were fifteen positional booleans. */
  @Test
  void dialectsKeepTheirFacts() {
    assertThat(PostgresDialect.create().capabilities().facts())
        .isEqualTo(
            EnumSet.complementOf(
                EnumSet.of(
                    ONLINE_ALTER_CLAUSES,
                    ONLINE_INDEX_BUILD,
                    INSTANT_ADD_COLUMN_ANY_POSITION,
                    INSTANT_RENAME_COLUMN,
                    INSTANT_COLUMN_DEFAULT,
                    ONLINE_NULLABILITY,
                    ONLINE_FOREIGN_KEY_UNCHECKED,
                    GUARDED_DDL,
                    INSTANT_DROP_AUTO_INCREMENT,
                    FOREIGN_KEY_NEEDS_INDEX,
                    LONG_UNIQUE_HASH)));
    assertThat(PostgresDialect.create(new ServerVersion(10, 0)).capabilities().facts())
        .isEqualTo(
            EnumSet.of(
                TRANSACTIONAL_DDL,
                CONCURRENT_INDEX,
                NOT_VALID_CONSTRAINTS,
                UNIQUE_USING_INDEX,
                ALTER_TYPE_USING,
                UPDATABLE_VIEWS,
                ROW_TRIGGERS,
                INSTANT_ADD_COLUMN,
                INSTANT_DROP_COLUMN,
                ENFORCED_CHECKS,
                RENAME_COLUMN,
                TYPE_CHANGE_UNDER_FOREIGN_KEY,
                DROP_PRIMARY_KEY_ALONE,
                MIXED_TYPE_FOREIGN_KEY,
                SEQUENCES));
    assertThat(MysqlDialect.create(MysqlFlavour.MYSQL).capabilities().facts())
        .isEqualTo(
            EnumSet.of(
                FAST_DEFAULT_ADD_COLUMN,
                UPDATABLE_VIEWS,
                ROW_TRIGGERS,
                ONLINE_ALTER_CLAUSES,
                ONLINE_INDEX_BUILD,
                INSTANT_ADD_COLUMN,
                INSTANT_ADD_COLUMN_ANY_POSITION,
                INSTANT_DROP_COLUMN,
                ENFORCED_CHECKS,
                COMMIT_IN_BATCHES,
                RENAME_COLUMN,
                INSTANT_RENAME_COLUMN,
                INSTANT_COLUMN_DEFAULT,
                ONLINE_NULLABILITY,
                ONLINE_FOREIGN_KEY_UNCHECKED,
                FOREIGN_KEY_NEEDS_INDEX));
    assertThat(
            MysqlDialect.create(MysqlFlavour.MARIADB, new ServerVersion(10, 3, 0))
                .capabilities()
                .facts())
        .isEqualTo(
            EnumSet.of(
                FAST_DEFAULT_ADD_COLUMN,
                UPDATABLE_VIEWS,
                ROW_TRIGGERS,
                ONLINE_ALTER_CLAUSES,
                ONLINE_INDEX_BUILD,
                INSTANT_ADD_COLUMN,
                ENFORCED_CHECKS,
                COMMIT_IN_BATCHES,
                INSTANT_RENAME_COLUMN,
                INSTANT_COLUMN_DEFAULT,
                ONLINE_NULLABILITY,
                ONLINE_FOREIGN_KEY_UNCHECKED,
                INSTANT_DROP_AUTO_INCREMENT,
                FOREIGN_KEY_NEEDS_INDEX,
                SEQUENCES));
    assertThat(MysqlDialect.create(MysqlFlavour.MARIADB).capabilities().guardedDdl()).isTrue();
    // MySQL has no sequences at any version; MariaDB since 10.3
    assertThat(MysqlDialect.create(MysqlFlavour.MYSQL).capabilities().sequences()).isFalse();
    assertThat(MysqlDialect.create(MysqlFlavour.MYSQL).capabilities().guardedDdl()).isFalse();
  }
}
