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
   * @param folder the project folder: no file outside it is read, whatever an include says (the
   *     search root instead when the change log lives outside the project)
   * @return one {@link MigrationFile} per formatted SQL file, its version the position in the run
   *     order; transactional unless one of its changesets says {@code runInTransaction:false}
   * @throws MigrationReplayException when Liquibase cannot read the change log, or an include
   *     leaves the folder (naming the master change log and the include)
   */
  public static List<MigrationFile> formattedSql(LiquibaseReplay project, Path folder)
      throws MigrationReplayException {
    Path master = project.searchRoot().resolve(project.changeLog());
    Path root = project.searchRoot().toAbsolutePath().normalize();
    Path confined = root.startsWith(folder.toAbsolutePath().normalize()) ? folder : root;
    Map<String, Boolean> transactionalByFile = new LinkedHashMap<>();
    Map<String, Object> scope = new HashMap<>();
    scope.put(Scope.Attr.ui.name(), new LoggerUIService());
    scope.put("liquibase.analytics.enabled", false);
    try (DirectoryResourceAccessor files = new ConfinedResources(project.searchRoot(), confined)) {
      Scope.child(
          scope,
          () -> {
            ChangeLogParameters parameters = new ChangeLogParameters();
            project.parameters().forEach(parameters::set);
            ChangeLogParser parser =
                ChangeLogParserFactory.getInstance().getParser(project.changeLog(), files);
            DatabaseChangeLog log = parser.parse(project.changeLog(), parameters, files);
            for (ChangeSet cs : log.getChangeSets()) {
              transactionalByFile.merge(
                  cs.getFilePath(), cs.isRunInTransaction(), Boolean::logicalAnd);
            }
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
          project.changeLog()
              + ": Liquibase cannot read the change log: "
              + LiquibaseReplay.reason(e),
          master,
          e);
    }
    List<MigrationFile> out = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : transactionalByFile.entrySet()) {
      Path file = project.searchRoot().resolve(e.getKey()).normalize();
      if (isFormattedSql(file)) {
        out.add(
            new MigrationFile(
                file, String.valueOf(out.size() + 1), file.getFileName().toString(), e.getValue()));
      }
    }
    return out;
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
