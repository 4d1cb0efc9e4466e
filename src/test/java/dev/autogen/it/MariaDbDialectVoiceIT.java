package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.ScriptRunner;
import dev.autogen.testing.PostgresWords;
import dev.autogen.testing.ScenarioArgs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every MariaDB scenario ({@code fixtures/<case>/current.mariadb.sql}) speaks MariaDB only: what
 * {@code autogen -m} reports (text and JSON), the Flyway files it writes and the Liquibase ones
 * {@code LiquibaseScenarioIT} holds it to ({@code expected/mariadb-liquibase}), and what {@code
 * diff} prints (text, verbose, JSON) hold none of PostgreSQL's lock names, statements, catalog
 * names, generated-name suffixes or syntax. A word the fixture itself declares (a constraint the
 * entities name {@code users_external_ref_key}) is the user's, not a leak.
 */
class MariaDbDialectVoiceIT {

  @TestFactory
  Stream<DynamicTest> scenariosSpeakMariaDb() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
      cases = s.filter(p -> Files.exists(p.resolve("current.mariadb.sql"))).sorted().toList();
    }
    assertThat(cases).as("MariaDB scenarios").isNotEmpty();
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path fixture) throws Exception {
    String name = fixture.getFileName().toString();
    Path out = Path.of("target", "dialect-voice", name);
    deleteTree(out);
    LocalMariaDb.inDatabase(
        "it_voice_" + name,
        (c, database) -> {
          ScriptRunner.run(c, Files.readString(fixture.resolve("current.mariadb.sql")), false);
          if (Files.exists(fixture.resolve("rows.sql"))) {
            ScriptRunner.run(c, Files.readString(fixture.resolve("rows.sql")), false);
          }
          List<String> url = List.of("--url", LocalMariaDb.urlOf(database));
          StringBuilder said = new StringBuilder();
          for (List<String> format :
              List.of(List.<String>of(), List.of("--format", "json"), List.of("-v"))) {
            said.append(cli(concat(List.of("diff"), format, url, fixture, out.resolve("diff"))));
          }
          for (String format : List.of("text", "json")) {
            said.append(
                cli(
                    concat(
                        List.of("-m", name, "--revision", "20260101000000", "--format", format),
                        List.of(),
                        url,
                        fixture,
                        out.resolve(format))));
          }
          // the Liquibase changelogs LiquibaseScenarioIT checks are generated the same way
          for (Path written : List.of(out, fixture.resolve("expected/mariadb-liquibase"))) {
            try (Stream<Path> files = Files.walk(written)) {
              for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                said.append("\n== ").append(f).append('\n').append(Files.readString(f));
              }
            }
          }
          assertThat(PostgresWords.in(said.toString(), declared(fixture)))
              .as("PostgreSQL words in what autogen says and writes for MariaDB (" + name + ")")
              .isEmpty();
        });
  }

  /** The words of the fixture's own SQL and entity sources: names the user chose. */
  private static Set<String> declared(Path fixture) throws IOException {
    StringBuilder text =
        new StringBuilder(Files.readString(fixture.resolve("current.mariadb.sql")));
    try (Stream<Path> files = Files.walk(fixture.resolve("entities"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        text.append('\n').append(Files.readString(f));
      }
    }
    Set<String> words = new TreeSet<>();
    Matcher m = Pattern.compile("\\w+").matcher(text.toString().toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<String> concat(
      List<String> command, List<String> format, List<String> url, Path fixture, Path out)
      throws IOException {
    List<String> args = new ArrayList<>(command);
    args.addAll(format);
    args.addAll(url);
    args.addAll(ScenarioArgs.of(fixture, out));
    return args;
  }

  private static String cli(List<String> args) {
    CommandLine cl = dev.autogen.cli.Main.commandLine();
    StringWriter text = new StringWriter();
    cl.setOut(new PrintWriter(text));
    cl.setErr(new PrintWriter(text));
    int code = cl.execute(args.toArray(String[]::new));
    assertThat(code).as("autogen " + args + ":\n" + text).isBetween(0, 1);
    return "\n== autogen " + args + "\n" + text;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
