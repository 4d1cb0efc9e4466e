package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionRulesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX CONCURRENTLY i ON t (a)",
        "create unique index\n  concurrently i on t (a)",
        "DROP INDEX CONCURRENTLY IF EXISTS i",
        "REINDEX (VERBOSE) INDEX CONCURRENTLY i",
        "vacuum analyze t",
        "CREATE DATABASE x",
        "ALTER SYSTEM SET work_mem = '1MB'",
        "ALTER TABLE p DETACH PARTITION c CONCURRENTLY"
      })
  void recognisesStatementsPostgresRefusesInATransaction(String sql) {
    assertThat(TransactionRules.allowedInTransaction(sql)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX i ON t (a)",
        "create table concurrently (id int)",
        "ALTER TABLE t ADD COLUMN vacuum int",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY mv"
      })
  void letsOrdinaryStatementsRunInATransaction(String sql) {
    assertThat(TransactionRules.allowedInTransaction(sql)).isTrue();
  }
}
