package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialects;
import dev.autogen.lint.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxGuardTest {
  private final SandboxGuard postgres = new SandboxGuard(Dialects.forName("postgres"));
  private final SandboxGuard mysql = new SandboxGuard(Dialects.forName("mariadb"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DROP DATABASE other_db",
        "create database x",
        "ALTER DATABASE test SET work_mem = '1GB'",
        "CREATE ROLE evil LOGIN SUPERUSER",
        "ALTER USER postgres PASSWORD 'x'",
        "DROP GROUP g",
        "GRANT pg_read_server_files TO app",
        "REVOKE app FROM other",
        "GRANT CONNECT ON DATABASE test TO PUBLIC",
        "ALTER SYSTEM SET max_connections = 5",
        "COPY t TO PROGRAM 'rm -rf /'",
        "COPY t FROM '/etc/passwd'",
        "COPY (SELECT 1) TO '/tmp/x'",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT pg_catalog.pg_ls_dir('.')",
        "SELECT lo_import('/etc/hosts')",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
        "SELECT * FROM dblink('host=x', 'select 1') AS t(a int)",
        "SELECT dblink_exec('drop table x')",
        "CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw",
        "CREATE USER MAPPING FOR CURRENT_USER SERVER s",
        "LOAD 'auto_explain'",
        "SET ROLE postgres",
        "SET SESSION ROLE postgres",
        "SET SESSION AUTHORIZATION postgres",
        "SELECT set_config('role', 'postgres', false)",
        "CREATE EXTENSION adminpack",
        "CREATE EXTENSION IF NOT EXISTS postgres_fdw",
        "CREATE LANGUAGE plpython3u",
        "CREATE OR REPLACE TRUSTED LANGUAGE x",
        "CREATE TABLESPACE t LOCATION '/tmp'",
        "COMMENT ON DATABASE test IS 'x'",
        "REASSIGN OWNED BY a TO b",
        "CREATE FUNCTION f() RETURNS int AS '/tmp/evil.so', 'f' LANGUAGE c",
        "DO $$ BEGIN DROP DATABASE other_db; END $$",
        "DO $$ BEGIN EXECUTE 'DROP DATABASE other_db'; END $$",
        "DO $$BEGIN IF true THEN PERFORM pg_read_file('/etc/passwd'); END IF; END$$",
        "DO $$ BEGIN IF true THEN DROP DATABASE other_db; END IF; END $$",
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN CREATE ROLE x; END $f$",
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'ALTER SYSTEM SET work_mem = 1'",
        "DO LANGUAGE plperlu $$ system('id') $$"
      })
  void refusesOnPostgres(String sql) {
    assertThat(postgres.refusal(sql)).as(sql).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id bigint PRIMARY KEY, load int, language text)",
        "GRANT SELECT ON t TO PUBLIC",
        "REVOKE ALL ON TABLE t FROM PUBLIC",
        "COPY t FROM STDIN",
        "COPY (SELECT 1 FROM t) TO STDOUT",
        "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"",
        "CREATE EXTENSION pgcrypto",
        "ALTER TABLE t OWNER TO CURRENT_USER",
        "INSERT INTO notes (text) VALUES ('DROP DATABASE x')",
        "SET lock_timeout = '5s'",
        "SET search_path TO public",
        "CREATE INDEX CONCURRENTLY i ON t (a)",
        "DO $$ BEGIN UPDATE t SET a = 1; END $$",
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 1; RETURN NEW;"
            + " END $$",
        "SELECT set_config('search_path', 'public', false)",
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE users SET role ="
            + " 'x' WHERE id = NEW.id; RETURN NEW; END $$",
        "CREATE VIEW v AS SELECT a.x FROM a JOIN b ON a.x = b.x"
      })
  void letsInDatabaseStatementsRunOnPostgres(String sql) {
    assertThat(postgres.refusal(sql)).as(sql).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DROP DATABASE other_db",
        "DROP SCHEMA IF EXISTS other_db",
        "CREATE DATABASE x",
        "CREATE OR REPLACE DATABASE x",
        "ALTER SCHEMA x CHARACTER SET utf8mb4",
        "GRANT ALL ON *.* TO 'x'@'%'",
        "REVOKE ALL ON test.* FROM 'x'@'%'",
        "CREATE USER 'evil'@'%' IDENTIFIED BY 'x'",
        "RENAME USER a TO b",
        "DROP USER root",
        "SET PASSWORD FOR root = PASSWORD('x')",
        "LOAD DATA INFILE '/etc/passwd' INTO TABLE t",
        "LOAD DATA LOCAL INFILE 'x' INTO TABLE t",
        "SELECT * FROM t INTO OUTFILE '/tmp/x'",
        "SELECT 1 INTO DUMPFILE '/tmp/x'",
        "INSERT INTO t SELECT LOAD_FILE('/etc/passwd')",
        "SET GLOBAL max_connections = 1",
        "SET PERSIST max_connections = 1",
        "SET @@global.max_connections = 1",
        "INSTALL PLUGIN x SONAME 'x.so'",
        "INSTALL SONAME 'x'",
        "SHUTDOWN",
        "KILL 1",
        "USE other_db",
        "CREATE TABLE other_db.t (id int)",
        "INSERT INTO `other_db`.`t` VALUES (1)",
        "DROP TABLE IF EXISTS other_db.t",
        "RENAME TABLE t TO other_db.t",
        "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES other_db.p (id)",
        "UPDATE mysql.user SET x = 1",
        "CREATE INDEX i ON other_db.t (a)",
        "CREATE PROCEDURE p() BEGIN DROP DATABASE other_db; END",
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW INSERT INTO other_db.log VALUES (1)",
        "PREPARE s FROM 'DROP DATABASE other_db'",
        "FLUSH PRIVILEGES"
      })
  void refusesOnMysql(String sql) {
    assertThat(mysql.refusal(sql)).as(sql).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id bigint PRIMARY KEY)",
        "ALTER TABLE t ADD COLUMN c int, ALGORITHM=INSTANT",
        "SELECT t.a FROM t JOIN u ON t.id = u.id",
        "INSERT INTO t SELECT u.a FROM u",
        "SELECT * FROM information_schema.tables",
        "SET SESSION lock_wait_timeout = 5",
        "SET foreign_key_checks = 0",
        "SELECT * FROM t USE INDEX (i)",
        "SELECT a INTO @x FROM t",
        "CREATE PROCEDURE p() BEGIN UPDATE t SET a = 1; END",
        "INSERT INTO notes VALUES ('DROP DATABASE x')"
      })
  void letsInDatabaseStatementsRunOnMysql(String sql) {
    assertThat(mysql.refusal(sql)).as(sql).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void reportsEachRefusedStatementAtItsLine() {
    List<Violation> v =
        postgres.check("CREATE TABLE t (id int);\n\nDROP DATABASE other_db;\nSET ROLE postgres;\n");
    assertThat(v).extracting(Violation::line).containsExactly(3, 4);
    assertThat(v.get(0).rule().code()).isEqualTo("sandbox-refused");
    assertThat(v.get(0).message())
        .isEqualTo(
            "not run on the dev database: `DROP DATABASE other_db` reaches outside the throwaway"
                + " database (other databases)");
  }
}
