package dev.autogen.it;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A database the Hibernate comparisons run on: which Hibernate dialect exports the DDL, which
 * autogen dialect reads it back, and a throwaway schema (PostgreSQL) or database (MariaDB) per
 * fixture set, dropped by {@link #dropAll()}.
 */
interface HibernateDatabase {

  HibernateTarget hibernate();

  Dialect dialect();

  /** Applies the DDL in a fresh schema or database and introspects it. */
  Schema applyAndRead(String prefix, List<String> ddl) throws Exception;

  void dropAll() throws SQLException;

  static HibernateDatabase postgres() {
    return new Postgres();
  }

  static HibernateDatabase mariaDb() {
    return new MariaDb();
  }

  /** The local PostgreSQL, a schema per set. */
  final class Postgres implements HibernateDatabase {
    private final Dialect dialect = Dialects.forName("postgres");
    private final List<String> created = new ArrayList<>();

    @Override
    public HibernateTarget hibernate() {
      return HibernateTarget.POSTGRES;
    }

    @Override
    public Dialect dialect() {
      return dialect;
    }

    @Override
    public Schema applyAndRead(String prefix, List<String> ddl) throws Exception {
      String schema = LocalPostgres.newSchemaName(prefix);
      try (Connection c = LocalPostgres.connect()) {
        LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
        created.add(schema);
        LocalPostgres.execute(c, "SET search_path TO " + schema);
        apply(ddl, s -> LocalPostgres.execute(c, s));
        return new Introspector(dialect).read(c, schema).current();
      }
    }

    @Override
    public void dropAll() throws SQLException {
      try (Connection c = LocalPostgres.connect()) {
        for (String schema : created) {
          LocalPostgres.execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  /** The local MariaDB, a database per set, read with the dialect the server version gives. */
  final class MariaDb implements HibernateDatabase {
    private final List<String> created = new ArrayList<>();
    private Dialect dialect = Dialects.forUrl(LocalMariaDb.URL);

    @Override
    public HibernateTarget hibernate() {
      return HibernateTarget.MARIADB;
    }

    @Override
    public Dialect dialect() {
      return dialect;
    }

    @Override
    public Schema applyAndRead(String prefix, List<String> ddl) throws Exception {
      String database = LocalMariaDb.createDatabase(prefix);
      created.add(database);
      try (Connection c = LocalMariaDb.connectTo(database)) {
        dialect = Dialects.forServer(dialect, c.getMetaData().getDatabaseProductVersion(), "");
        apply(ddl, s -> LocalMariaDb.execute(c, s));
        return new Introspector(dialect).read(c, database).current();
      }
    }

    @Override
    public void dropAll() throws SQLException {
      for (String database : created) {
        LocalMariaDb.dropDatabase(database);
      }
    }
  }

  /** Runs one statement. */
  @FunctionalInterface
  interface Executor {
    void execute(String sql) throws SQLException;
  }

  private static void apply(List<String> ddl, Executor executor) {
    for (String statement : ddl) {
      try {
        executor.execute(statement);
      } catch (SQLException e) {
        throw new AssertionError(
            "Hibernate's DDL does not apply: " + statement + "\n" + String.join(";\n", ddl), e);
      }
    }
  }
}
