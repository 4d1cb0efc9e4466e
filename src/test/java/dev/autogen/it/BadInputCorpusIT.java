package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code fixtures/bad-input/cases.txt}): each hostile or broken input gets
 * its documented exit code and a one-line message containing its fragment, never a stack trace, and
 * leaves the project folder exactly as it was (nothing written, nothing half-written).
 */
class BadInputCorpusIT {

  static final Path CORPUS = Path.of("fixtures/bad-input");

  @TempDir Path tmp;

  record Case(String name, String setup, int exit, String fragment, String args) {}

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("cases.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" \\| ", 5);
      cases.add(
          new Case(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip()), f[3].strip(), f[4]));
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(90);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  private void run(Case c) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(c.name()));
    if (!c.setup().equals("-")) {
      copy(CORPUS.resolve("setups").resolve(c.setup()), dir);
    }
    String schema = null;
    Connection connection = null;
    try {
      if (c.args().contains("{pg}")) {
        schema = LocalPostgres.newSchemaName("it_badinput");
        connection = LocalPostgres.connect();
        LocalPostgres.execute(connection, "CREATE SCHEMA " + schema);
        LocalPostgres.execute(connection, "SET search_path TO " + schema);
        Path current = dir.resolve("current.sql");
        if (Files.exists(current)) {
          LocalPostgres.execute(connection, Files.readString(current));
        }
      }
      String before = treeHash(dir);
      CliRun r = CliRun.of(arguments(c.args(), dir, schema));
      String output = r.out() + r.err();
      assertThat(r.code()).as("exit code of %s\n%s", c.name(), output).isEqualTo(c.exit());
      assertThat(output).as(c.name()).contains(c.fragment());
      assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("internal");
      if (c.exit() != 0) {
        assertThat(r.err().strip().lines().filter(l -> l.startsWith("autogen: error")).count())
            .as("one error line: %s", r.err())
            .isLessThanOrEqualTo(1);
      }
      assertThat(treeHash(dir))
          .as("%s left the project folder unchanged", c.name())
          .isEqualTo(before);
    } finally {
      if (connection != null) {
        LocalPostgres.execute(connection, "DROP SCHEMA " + schema + " CASCADE");
        connection.close();
      }
    }
  }

  private static List<String> arguments(String text, Path dir, String schema) {
    List<String> out = new ArrayList<>();
    for (String token : tokens(text)) {
      switch (token) {
        case "{proj}" -> {
          out.addAll(
              List.of(
                  "--entities",
                  dir.resolve("e").toString(),
                  "--migrations",
                  dir.resolve("db/migration").toString()));
          if (!Files.exists(dir.resolve("autogen.properties"))) {
            out.addAll(List.of("--config", none(dir)));
          }
        }
        case "{dev}" ->
            out.addAll(
                List.of(
                    "--dev-url",
                    LocalPostgres.URL,
                    "--user",
                    LocalPostgres.USER,
                    "--password",
                    LocalPostgres.PASSWORD));
        case "{pg}" ->
            out.addAll(
                List.of(
                    "--url",
                    LocalPostgres.URL,
                    "--user",
                    LocalPostgres.USER,
                    "--password",
                    LocalPostgres.PASSWORD,
                    "--schema",
                    schema));
        default -> out.add(substitute(token, dir));
      }
    }
    // --config given twice would be a usage error of its own
    if (out.stream().filter(a -> a.equals("--config")).count() > 1) {
      int i = out.lastIndexOf("--config");
      out.remove(i + 1);
      out.remove(i);
    }
    return out;
  }

  /** An empty config file, so that no autogen.properties of the working folder is read. */
  private static String none(Path dir) {
    try {
      Path none = dir.getParent().resolve(dir.getFileName() + ".none.properties");
      Files.writeString(none, "");
      return none.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String substitute(String token, Path dir) {
    String t = token.replace("{dir}", dir.toString()).replace("{pgurl}", LocalPostgres.URL);
    if (t.contains("{myurl:")) {
      int start = t.indexOf("{myurl:");
      int end = t.indexOf('}', start);
      t =
          t.substring(0, start)
              + LocalMariaDb.urlOf(t.substring(start + 7, end))
              + t.substring(end + 1);
    }
    return t.replace("{myurl}", LocalMariaDb.URL);
  }

  /** Splits on blanks; double quotes group (and may be empty). */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = null;
    boolean quoted = false;
    for (char ch : text.strip().toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
        if (current == null) {
          current = new StringBuilder();
        }
      } else if (Character.isWhitespace(ch) && !quoted) {
        if (current != null) {
          tokens.add(current.toString());
          current = null;
        }
      } else {
        if (current == null) {
          current = new StringBuilder();
        }
        current.append(ch);
      }
    }
    if (current != null) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every file and folder under the root with its contents, as one hash. */
  static String treeHash(Path root) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted().toList()) {
        digest.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.isRegularFile(p)) {
          digest.update(Files.readAllBytes(p));
        }
        digest.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
