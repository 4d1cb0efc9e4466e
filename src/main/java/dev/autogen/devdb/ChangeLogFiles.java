package dev.autogen.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * The formatted SQL files ({@code --liquibase formatted sql}) of a Liquibase project, in the order
 * its master changelog runs them, as Liquibase's own parser reads the includes: what {@code lint}
 * reads, with their real file and line numbers (changeset and rollback lines are SQL comments).
 */
public final class ChangeLogFiles {

  private ChangeLogFiles() {}

  /**
   * Every changelog file of the project in the order its master runs them: the formatted SQL files
   * as written (transactional unless a changeset says {@code runInTransaction:false}), and the XML,
   * YAML and JSON ones with the SQL the real Liquibase generates for each of their changesets
   * offline, for {@code server} ({@code postgresql}, {@code mysql}, {@code mariadb}), without any
   * database: nothing is executed.
   *
   * @param folder the project folder: no file outside it is read, whatever an include says (the
   *     search root instead when the change log lives outside the project)
   * @throws MigrationReplayException when Liquibase cannot read the change log, or an include
   *     leaves the folder (naming the master change log and the include)
   */
  public static List<ChangeLogFile> inOrder(LiquibaseReplay project, Path folder, String server)
      throws MigrationReplayException {
    Map<String, List<ChangeSet>> byFile = new LinkedHashMap<>();
    Map<String, List<GeneratedChangeset>> generated = new LinkedHashMap<>();
    parse(
        project,
        folder,
        (log, files) -> {
          for (ChangeSet cs : log.getChangeSets()) {
            byFile.computeIfAbsent(cs.getFilePath(), k -> new ArrayList<>()).add(cs);
          }
          Database offline = null;
          for (Map.Entry<String, List<ChangeSet>> e : byFile.entrySet()) {
            Path file = project.searchRoot().resolve(e.getKey()).normalize();
            if (isFormattedSql(file)) {
              continue;
            }
            if (offline == null) {
              offline = OfflineChangeSql.database(server, files);
            }
            ChangeSetLines lines =
                new ChangeSetLines(Files.isRegularFile(file) ? TextFiles.read(file) : "");
            List<GeneratedChangeset> out = new ArrayList<>();
            for (ChangeSet cs : e.getValue()) {
              out.add(
                  OfflineChangeSql.generate(
                      cs, offline, lines, project.contexts(), project.labels()));
            }
            generated.put(e.getKey(), out);
          }
        });
    List<ChangeLogFile> out = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<ChangeSet>> e : byFile.entrySet()) {
      Path file = project.searchRoot().resolve(e.getKey()).normalize();
      boolean transactional = e.getValue().stream().allMatch(ChangeSet::isRunInTransaction);
      MigrationFile migration =
          new MigrationFile(
              file, String.valueOf(++n), file.getFileName().toString(), transactional);
      out.add(new ChangeLogFile(migration, generated.get(e.getKey())));
    }
    return out;
  }

  /**
   * One changelog file of the project.
   *
   * @param file the file, its version the position in the run order
   * @param generated for an XML, YAML or JSON changelog its changesets with their generated SQL;
   *     null for a formatted SQL file, which is linted as written
   */
  public record ChangeLogFile(MigrationFile file, List<GeneratedChangeset> generated) {
    public boolean formattedSql() {
      return generated == null;
    }
  }

  @FunctionalInterface
  private interface WithChangeLog {
    void accept(DatabaseChangeLog log, DirectoryResourceAccessor files) throws Exception;
  }

  /** Parses the master change log with Liquibase, confined to the folder, and hands it on. */
  private static void parse(LiquibaseReplay project, Path folder, WithChangeLog then)
      throws MigrationReplayException {
    Path master = project.searchRoot().resolve(project.changeLog());
    Path confined = ConfinedResources.confinement(project, folder);
    UnloadedCustomChange.install();
    Map<String, Object> scope = new HashMap<>();
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put("liquibase.analytics.enabled", false);
    // no remote schema or external entity is fetched, whatever the environment says
    scope.put("liquibase.secureParsing", true);
    try (DirectoryResourceAccessor files = ConfinedResources.forProject(project, folder)) {
      // a change reading a file (sqlFile, loadData) asks the scope's accessor: the confined one
      scope.put(Scope.Attr.resourceAccessor.name(), files);
      Scope.child(
          scope,
          () -> {
            ChangeLogParameters parameters = ProjectParameters.only(new ChangeLogParameters());
            project.parameters().forEach(parameters::set);
            ChangeLogParser parser =
                ChangeLogParserFactory.getInstance().getParser(project.changeLog(), files);
            DatabaseChangeLog log = parser.parse(project.changeLog(), parameters, files);
            then.accept(log, files);
          });
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ConfinedResources.OutsideFolder outside) {
          throw new MigrationReplayException(
              master
                  + ": the include "
                  + outside.path()
                  + " leaves the project folder "
                  + confined.toAbsolutePath().normalize()
                  + "; autogen reads no file outside it",
              master,
              e);
        }
      }
      throw new MigrationReplayException(
          project.changeLog() + ": Liquibase cannot read the change log: " + reason(e), master, e);
    }
  }

  /**
   * Liquibase's deepest "Error parsing line L column C of FILE: ..." (which names the included file
   * that is broken), else the deepest message it gives.
   */
  private static String reason(Throwable e) {
    String parsing = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().startsWith("Error parsing ")) {
        parsing = t.getMessage();
      }
    }
    return parsing != null ? Messages.firstLine(parsing) : LiquibaseReplay.reason(e);
  }

  /** Whether the file starts as Liquibase requires of a formatted SQL changelog. */
  public static boolean isFormattedSql(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      String text = TextFiles.read(file);
      String first = text.strip().lines().findFirst().orElse("");
      return first.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("--liquibaseformattedsql");
    } catch (IOException e) {
      return false;
    }
  }
}
