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

  @Option(names = "--revision", description = "New version prefix (default: UTC now).")
  String revision;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Revisions.check(revision);
    Settings s = new SettingsResolver(System::getenv).resolve(options);
    FileWriter.prepare(s);
    List<MigrationFile> waiting = MigrationFolder.list(s.deferred());
    if (!files.isEmpty()) {
      List<Path> wanted = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
      waiting =
          waiting.stream()
              .filter(m -> wanted.contains(m.path().toAbsolutePath().normalize()))
              .toList();
      if (waiting.size() != files.size()) {
        throw new UserError(
            ExitCode.USAGE, "not every given file is a migration in " + s.deferred());
      }
    }
    if (waiting.isEmpty()) {
      out.println("nothing to promote in " + s.deferred());
      return ExitCode.OK;
    }
    String rev = revision != null ? revision : AutogenCommand.now();
    Map<Path, Path> moves = new LinkedHashMap<>();
    int i = 1;
    for (MigrationFile m : waiting) {
      // keep the file's own spelling: MigrationFile shows versions and descriptions as Flyway
      // prints them (dots, spaces), not as they are written in names
      String fileName = m.path().getFileName().toString();
      int separator = fileName.indexOf("__");
      String oldVersion = fileName.substring(1, separator);
      String suffix = fileName.substring(separator);
      String newVersion = rev + "_" + i++;
      moves.put(m.path(), s.migrations().resolve("V" + newVersion + suffix));
      Path conf = Path.of(m.path() + ".conf");
      if (Files.exists(conf)) {
        moves.put(conf, s.migrations().resolve("V" + newVersion + suffix + ".conf"));
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
}
