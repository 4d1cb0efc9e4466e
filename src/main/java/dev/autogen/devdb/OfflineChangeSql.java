package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
import liquibase.database.OfflineConnection;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RuntimeStatement;

/**
 * The SQL Liquibase generates for a changeset of an XML, YAML or JSON changelog, offline: an {@code
 * offline:} connection, no database, nothing executed (the changelog is untrusted). Changes that
 * would run something on this machine when their SQL is asked for ({@code executeCommand}, a {@code
 * customChange}) are not asked.
 */
final class OfflineChangeSql {

  private OfflineChangeSql() {}

  /**
   * Liquibase's offline database for {@code server} ({@code postgresql}, {@code postgres}, {@code
   * mysql}, {@code mariadb}), writing names without the default schema as a changelog means them.
   */
  static Database database(String server, ResourceAccessor files) throws Exception {
    String kind =
        switch (server.toLowerCase(Locale.ROOT)) {
          case "postgres", "postgresql" -> "postgresql";
          case "mariadb" -> "mariadb";
          case "mysql" -> "mysql";
          default ->
              throw new IllegalArgumentException("no offline Liquibase database for " + server);
        };
    OfflineConnection c =
        new OfflineConnection(
            "offline:" + kind + "?outputDefaultSchema=false&outputDefaultCatalog=false", files);
    return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(c);
  }

  /**
   * The changeset's SQL, or why there is none; none either when Liquibase would skip it here (its
   * {@code dbms}, {@code ignore}, or the project's contexts and labels). {@code lines} tell where
   * the changeset starts in its file.
   */
  static GeneratedChangeset generate(
      ChangeSet cs, Database db, ChangeSetLines lines, String contexts, String labels) {
    int line = lines.line(cs.getId(), cs.getAuthor());
    List<String> out = new ArrayList<>();
    List<ChangeSetFilter> filters =
        List.of(
            new DbmsChangeSetFilter(db),
            new IgnoreChangeSetFilter(),
            new ContextChangeSetFilter(new Contexts(contexts)),
            new LabelChangeSetFilter(new LabelExpression(labels)));
    for (ChangeSetFilter filter : filters) {
      if (!filter.accepts(cs).isAccepted()) {
        return changeset(cs, line, out, List.of());
      }
    }
    for (Change change : cs.getChanges()) {
      String name = change.getSerializedObjectName();
      if (change instanceof DbmsTargetedChange targeted
          && targeted.getDbms() != null
          && !targeted.getDbms().isBlank()
          && !DatabaseList.definitionMatches(targeted.getDbms(), db, true)) {
        continue;
      }
      if (change instanceof ExecuteShellCommandChange) {
        return problem(cs, line, GeneratedChangeset.RUNS_A_PROGRAM);
      }
      if (change instanceof UnloadedCustomChange) {
        return problem(cs, line, GeneratedChangeset.RUNS_JAVA);
      }
      try {
        if (!change.supports(db)) {
          return problem(cs, line, "Liquibase does not support its " + name + " change here");
        }
        ValidationErrors errors = change.validate(db);
        if (errors != null && errors.hasErrors()) {
          return problem(cs, line, name + ": " + String.join("; ", errors.getErrorMessages()));
        }
        for (SqlStatement statement : change.generateStatements(db)) {
          if (statement instanceof RuntimeStatement) {
            return problem(cs, line, "its " + name + " change runs code to make its SQL");
          }
          out.addAll(sql(statement, db));
        }
      } catch (Exception | LinkageError e) {
        return problem(cs, line, name + ": " + LiquibaseReplay.reason(e));
      }
    }
    return changeset(cs, line, out, rollback(cs, db));
  }

  private static List<String> sql(SqlStatement statement, Database db) {
    List<String> out = new ArrayList<>();
    Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, db);
    if (sql != null) {
      for (Sql s : sql) {
        String one = s.toSql();
        if (one != null && !one.isBlank()) {
          out.add(one.strip());
        }
      }
    }
    return out;
  }

  /**
   * The SQL of the changeset's own rollback block, which verify runs: read so that what it sends is
   * checked like the changes ({@code autogen verify} on a pull request's change log). A change of
   * it Liquibase cannot render offline is left out; the sandbox still holds it.
   */
  private static List<String> rollback(ChangeSet cs, Database db) {
    List<String> out = new ArrayList<>();
    if (cs.getRollback() == null) {
      return out;
    }
    for (Change change : cs.getRollback().getChanges()) {
      try {
        for (SqlStatement statement : change.generateStatements(db)) {
          if (!(statement instanceof RuntimeStatement)) {
            out.addAll(sql(statement, db));
          }
        }
      } catch (Exception | LinkageError e) {
        // not renderable offline: nothing to read
      }
    }
    return out;
  }

  private static GeneratedChangeset problem(ChangeSet cs, int line, String why) {
    return new GeneratedChangeset(
        cs.getId(),
        cs.getAuthor() == null ? "" : cs.getAuthor(),
        line,
        cs.isRunInTransaction(),
        List.of(),
        Optional.of(why),
        List.of());
  }

  private static GeneratedChangeset changeset(
      ChangeSet cs, int line, List<String> statements, List<String> rollback) {
    return new GeneratedChangeset(
        cs.getId(),
        cs.getAuthor() == null ? "" : cs.getAuthor(),
        line,
        cs.isRunInTransaction(),
        statements,
        Optional.empty(),
        rollback);
  }
}
