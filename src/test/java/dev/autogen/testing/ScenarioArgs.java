package dev.autogen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI arguments a fixture scenario runs with, whatever the database: its entities, the three
 * output folders under {@code out}, and the extra arguments of its {@code args} file (one a line).
 * Shared by {@code ScenarioIT}, {@code MariaDbScenarioIT} and {@code ScenarioStagesTest}, so the
 * stages run without a database see the same options as the round trips.
 */
public final class ScenarioArgs {
  private ScenarioArgs() {}

  public static List<String> of(Path fixture, Path out) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--entities",
                fixture.resolve("entities").toString(),
                "--migrations",
                out.resolve("migration").toString(),
                "--deferred",
                out.resolve("deferred").toString(),
                "--rollback",
                out.resolve("rollback").toString()));
    Path extra = fixture.resolve("args");
    if (Files.exists(extra)) {
      Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
    }
    return args;
  }
}
