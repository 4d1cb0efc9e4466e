package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.autogen.diff.Change;
import dev.autogen.diff.ColumnSpelling;
import dev.autogen.diff.Differ;
import dev.autogen.entities.BeanValidationMode;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReader;
import dev.autogen.entities.NamingStrategy;
import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The entity reader against Hibernate ORM itself. For every fixture set under {@code
 * fixtures/hibernate/<set>/}: Hibernate compiles and exports the set's schema for PostgreSQL, the
 * DDL is applied to a fresh schema, and autogen's reading of the same sources must differ from its
 * introspection of that schema in nothing. Then each mutation of the sources (see {@link
 * FixtureMutation}) must make autogen propose exactly that one change.
 *
 * <p>A set may hold a {@code naming} file containing {@code spring} for Spring Boot's physical
 * naming, and a {@code bean-validation} file containing {@code off} to run both Hibernate and the
 * reader without Bean Validation DDL, and a {@code globally-quoted-identifiers} file to run both
 * with every identifier quoted. The reader must not warn about a set, unless the set lists the
 * exact warnings in a {@code warnings} file ({@code path:line: message}, a set that shows a known
 * gap). Run one set with {@code -Dhibernate.set=NAME} (or several: {@code A,B}).
 *
 * <p>This class runs every set on PostgreSQL; {@link MariaDbHibernateDifferentialIT} runs the same
 * harness on MariaDB by overriding {@link #database()} and {@link #sets}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HibernateDifferentialIT {

  private static final Path ROOT = Path.of("fixtures", "hibernate");
  private final HibernateDatabase database = database();
  private final Map<String, Schema> hibernateSchemas = new HashMap<>();

  /** The database the sets are exported for, applied to and read back from. */
  HibernateDatabase database() {
    return HibernateDatabase.postgres();
  }

  /** The set's mutations with what they must change on this database. */
  List<FixtureMutation> mutations(Path set) throws IOException {
    return FixtureMutation.of(set);
  }

  /** Whether the harness runs this fixture set (all of them unless a subclass narrows it). */
  boolean runs(String set) {
    return true;
  }

  @TestFactory
  Stream<DynamicNode> fixtureSets() throws IOException {
    // one set, or several separated by commas
    List<String> only =
        java.util.Arrays.stream(System.getProperty("hibernate.set", "").split(","))
            .map(String::trim)
            .filter(n -> !n.isEmpty())
            .toList();
    List<Path> sets;
    try (Stream<Path> list = Files.list(ROOT)) {
      sets =
          list.filter(Files::isDirectory)
              .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString()))
              .filter(p -> runs(p.getFileName().toString()))
              .sorted()
              .toList();
    }
    assertThat(sets).as("fixture sets under " + ROOT).isNotEmpty();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path set : sets) {
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(dynamicTest("reads as Hibernate maps", () -> matchesHibernate(set)));
      for (FixtureMutation mutation : mutations(set)) {
        tests.add(dynamicTest("mutation " + mutation, () -> proposesOnly(set, mutation)));
      }
      nodes.add(dynamicContainer(set.getFileName().toString(), tests));
    }
    return nodes.stream();
  }

  @AfterAll
  void dropSchemas() throws Exception {
    database.dropAll();
  }

  private void matchesHibernate(Path set) throws Exception {
    Schema current = hibernateSchema(set);
    EntityModel model = read(set, set);
    List<Change> changes =
        new Differ().diff(current, spelledAs(current, model), model.renames()).changes();
    assertThat(changes)
        .as(
            "autogen reads %s differently from Hibernate:%n%s%nwarnings:%n%s",
            set.getFileName(), describe(changes), model.warnings())
        .isEmpty();
    // a warning is a mapping the reader did not honour: a disagreement the diff may not show
    assertThat(warnings(set, model))
        .as("reader warnings of %s (expected ones go into its 'warnings' file)", set.getFileName())
        .containsExactlyInAnyOrderElementsOf(expectedWarnings(set));
  }

  /** The model's warnings as {@code path/in/set:line: message}. */
  private static List<String> warnings(Path set, EntityModel model) {
    Path root = set.toAbsolutePath().normalize();
    return model.warnings().stream()
        .map(
            w -> {
              Path file = w.location().file().toAbsolutePath().normalize();
              String where =
                  file.startsWith(root) ? root.relativize(file).toString() : file.toString();
              return where + ":" + w.location().line() + ": " + w.message();
            })
        .toList();
  }

  /**
   * The warnings a set that deliberately shows a gap expects, one {@code path:line: message} a line
   * in its {@code warnings} file; none without it.
   */
  private static List<String> expectedWarnings(Path set) throws IOException {
    Path file = set.resolve("warnings");
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  private void proposesOnly(Path set, FixtureMutation mutation) throws Exception {
    Schema current = hibernateSchema(set);
    Path copy = Files.createTempDirectory("autogen-mutant");
    try {
      mutation.applyTo(set, copy);
      EntityModel model = read(set, copy);
      List<Change> changes =
          new Differ().diff(current, spelledAs(current, model), model.renames()).changes();
      List<Change> unexpected = new ArrayList<>(changes);
      List<FixtureMutation.Expected> missing = new ArrayList<>();
      for (FixtureMutation.Expected expected : mutation.expected()) {
        Optional<Change> found =
            unexpected.stream()
                .filter(
                    c ->
                        expected.matches(
                            c.kind(),
                            c.tableName().value(),
                            c.columnName().map(Identifier::value).orElse("")))
                .findFirst();
        found.ifPresentOrElse(unexpected::remove, () -> missing.add(expected));
      }
      assertThat(missing)
          .as("expected changes not proposed; all:%n%s", describe(changes))
          .isEmpty();
      assertThat(unexpected).as("changes nobody asked for:%n%s", describe(unexpected)).isEmpty();
    } finally {
      HibernateSchema.deleteTree(copy);
    }
  }

  /**
   * The desired schema as {@code autogen} diffs it: where the server compares column names
   * case-insensitively (MySQL, MariaDB), a mapping's {@code Vet_id} takes the current column's
   * spelling {@code vet_id} first, as the pipeline does.
   */
  private Schema spelledAs(Schema current, EntityModel model) {
    return database.dialect().identifiers().caseSensitiveColumns()
        ? model.desired()
        : ColumnSpelling.alignTo(current, model.desired());
  }

  private EntityModel read(Path set, Path sources) throws Exception {
    return new EntityReader(database.dialect(), naming(set), beanValidation(set), quoteAll(set))
        .read(roots(set, sources));
  }

  /**
   * The source roots the reader gets: those of the set's {@code roots} file (one path a line,
   * relative to the set, as several {@code --entities}), else the set itself.
   */
  private static List<Path> roots(Path set, Path sources) throws IOException {
    Path file = set.resolve("roots");
    if (!Files.exists(file)) {
      return List.of(sources);
    }
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank())
        .map(l -> sources.resolve(l.trim()))
        .toList();
  }

  /** Whether the set has a {@code globally-quoted-identifiers} file (Hibernate's setting). */
  private static boolean quoteAll(Path set) {
    return Files.exists(set.resolve("globally-quoted-identifiers"));
  }

  private static NamingStrategy naming(Path set) throws IOException {
    Path file = set.resolve("naming");
    if (!Files.exists(file)) {
      return NamingStrategy.JPA;
    }
    return NamingStrategy.valueOf(Files.readString(file).trim().toUpperCase(Locale.ROOT));
  }

  /** A set's {@code bean-validation} file ({@code auto}, {@code on}, {@code off}); default auto. */
  private static BeanValidationMode beanValidation(Path set) throws IOException {
    Path file = set.resolve("bean-validation");
    if (!Files.exists(file)) {
      return BeanValidationMode.AUTO;
    }
    return BeanValidationMode.valueOf(Files.readString(file).trim().toUpperCase(Locale.ROOT));
  }

  /** Hibernate's schema for the set, applied to a fresh schema and introspected (once per set). */
  private synchronized Schema hibernateSchema(Path set) throws Exception {
    String key = set.getFileName().toString();
    Schema cached = hibernateSchemas.get(key);
    if (cached != null) {
      return cached;
    }
    Path work = Files.createTempDirectory("autogen-hibernate");
    List<String> ddl;
    try {
      ddl =
          HibernateSchema.ddl(
              set,
              naming(set),
              beanValidation(set) != BeanValidationMode.OFF,
              quoteAll(set),
              work,
              database.hibernate());
    } finally {
      HibernateSchema.deleteTree(work);
    }
    Schema current = database.applyAndRead("hib_" + key.replaceAll("[^a-z0-9]", ""), ddl);
    System.out.printf("[%s] Hibernate DDL:%n  %s;%n", key, String.join(";\n  ", ddl));
    hibernateSchemas.put(key, current);
    return current;
  }

  private static String describe(List<Change> changes) {
    return changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }
}
