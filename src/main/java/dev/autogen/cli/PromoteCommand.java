package dev.autogen.cli;

import dev.autogen.devdb.MigrationFile;
import dev.autogen.devdb.MigrationFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autogen promote}: moves contract steps from the deferred folder into the migrations folder
 * under a new version, so that they sort after everything already applied.
 */
@Command(
    name = "promote",
    mixinStandardHelpOptions = true,
    description =
        "Moves waiting contract steps into the migrations folder (run once the old application version is gone).")
final class PromoteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Parameters(description = "Deferred files to promote (default: all of them).")
  List<Path> files = List.of();

  @Mixin RevisionOption revision;

  @Option(
      names = "--format",
      description =
          "flyway or liquibase: what -m wrote (default: format= in autogen.properties, liquibase"
              + " when the Spring configuration sets spring.liquibase.change-log, else flyway).")
  String format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    revision.check();
    if (format != null) {
      options.migrationFormat =
          MigrationFormat.ofOption(format.strip(), format, "flyway or liquibase");
    }
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    FileWriter.prepare(s);
    if (s.format() == MigrationFormat.LIQUIBASE) {
      return promoteChangelogs(s, out);
    }
    List<MigrationFile> waiting =
        given(MigrationFolder.list(s.deferred()), MigrationFile::path, "a migration", s);
    if (waiting.isEmpty()) {
      out.println("nothing to promote in " + s.deferred());
      return ExitCode.OK;
    }
    String rev = revision.orNow();
    Map<Path, Path> moves = new LinkedHashMap<>();
    int i = 1;
    for (MigrationFile m : waiting) {
      // keep the file's own spelling: MigrationFile shows versions and descriptions as Flyway
      // prints them (dots, spaces), not as they are written in names
      String fileName = m.path().getFileName().toString();
      // a subfolder of the deferred folder is kept: Flyway reads subfolders, and two files of one
      // name in different subfolders must not meet in one folder
      Path target = s.migrations().resolve(s.deferred().relativize(m.path().getParent()));
      if (m.repeatable()) {
        // a repeatable migration has no version to renew: it moves under its own name, and stays
        // repeatable (renamed V..., it would run once instead of after every change)
        moves.put(m.path(), target.resolve(fileName));
        Path conf = Path.of(m.path() + ".conf");
        if (Files.exists(conf)) {
          moves.put(conf, target.resolve(fileName + ".conf"));
        }
        continue;
      }
      int separator = fileName.indexOf("__");
      String oldVersion = fileName.substring(1, separator);
      String suffix = fileName.substring(separator);
      String newVersion = rev + "_" + i++;
      moves.put(m.path(), target.resolve("V" + newVersion + suffix));
      Path conf = Path.of(m.path() + ".conf");
      if (Files.exists(conf)) {
        moves.put(conf, target.resolve("V" + newVersion + suffix + ".conf"));
      }
      Path undo = s.rollback().resolve("U" + oldVersion + suffix);
      if (Files.exists(undo)) {
        moves.put(undo, s.rollback().resolve("U" + newVersion + suffix));
      }
    }
    FileWriter.moveAll(moves, s);
    moves.forEach((from, to) -> out.println("promoted " + from + " -> " + to));
    return ExitCode.OK;
  }

  /**
   * Liquibase: the contract changelogs move next to the others and the master changelog includes
   * them. Their changeset ids keep their revision: Liquibase runs them in include order.
   */
  private int promoteChangelogs(Settings s, PrintWriter out) throws IOException {
    List<Path> waiting = given(LiquibaseOutput.waiting(s), p -> p, "a changelog", s);
    if (waiting.isEmpty()) {
      out.println("nothing to promote in " + s.deferred());
      return ExitCode.OK;
    }
    Map<Path, Path> moves =
        LiquibaseOutput.promote(waiting, s, TemplateFiles.source(s.templates()));
    moves.forEach((from, to) -> out.println("promoted " + from + " -> " + to));
    out.println("included from " + s.changelog().orElseThrow());
    return ExitCode.OK;
  }

  /**
   * The waiting files the command line names (all of them when it names none); a usage error when a
   * named file is not {@code what} (a migration, a changelog) in the deferred folder.
   */
  private <T> List<T> given(List<T> waiting, Function<T, Path> path, String what, Settings s) {
    if (files.isEmpty()) {
      return waiting;
    }
    // a file named twice is wanted once
    List<Path> wanted = files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    List<T> chosen =
        waiting.stream()
            .filter(w -> wanted.contains(path.apply(w).toAbsolutePath().normalize()))
            .toList();
    if (chosen.size() != wanted.size()) {
      throw new UserError(
          ExitCode.USAGE, "not every given file is " + what + " in " + s.deferred());
    }
    return chosen;
  }
}
