package dev.autogen;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of the house style, checked on the compiled classes. Rules on packages
 * that may not exist yet ({@code dev.autogen.sql}, the rooms of {@code dev.autogen.lint}) allow an
 * empty selection, so they start guarding the day the package appears.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.autogen");
  }

  @Test
  void onlyTheEntityReaderParsesJava() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.entities..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.github.javaparser..")
        .check(classes);
  }

  @Test
  void onlyIntrospectionUsesSchemaCrawler() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.introspect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("schemacrawler..", "us.fatehi..")
        .check(classes);
  }

  @Test
  void onlyTheProjectConfigReaderParsesYaml() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.config..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.yaml..")
        .check(classes);
  }

  @Test
  void theModelDependsOnNothingElseOfAutogen() {
    classes()
        .that()
        .resideInAPackage("dev.autogen.model..")
        .should()
        .onlyDependOnClassesThat(
            resideInAPackage("dev.autogen.model..").or(resideOutsideOfPackage("dev.autogen..")))
        .check(classes);
  }

  @Test
  void theAnnotationsDependOnNothingElseOfAutogen() {
    classes()
        .that()
        .resideInAPackage("dev.autogen.annotations..")
        .should()
        .onlyDependOnClassesThat(
            resideInAPackage("dev.autogen.annotations..")
                .or(resideOutsideOfPackage("dev.autogen..")))
        .because("an application compiles against them alone")
        .check(classes);
  }

  @Test
  void pureStagesDoNoIo() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.autogen.diff..", "dev.autogen.classify..", "dev.autogen.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.nio.file..", "java.io..")
        .check(classes);
  }

  @Test
  void onlyTheCliPrintsOrExits() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .accessField(System.class, "out")
        .check(classes);
  }

  @Test
  void stagesDoNotReachIntoTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.autogen.cli..")
        .check(classes);
  }

  @Test
  void noSharedCodeAsksWhichDialectItHas() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.autogen.dialect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.autogen.dialect.postgres..", "dev.autogen.dialect.mysql..")
        .check(classes);
  }

  @Test
  void theLintWingImportsOneWay() {
    // root vocabulary <- state <- rules <- run -> report; the report writers see findings only
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.lint.state..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.lint.rules..", "dev.autogen.lint.run..", "dev.autogen.lint.report..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.lint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.autogen.lint.run..", "dev.autogen.lint.report..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.lint.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.lint.state..", "dev.autogen.lint.rules..", "dev.autogen.lint.run..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.lint")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.lint.state..",
            "dev.autogen.lint.rules..",
            "dev.autogen.lint.run..",
            "dev.autogen.lint.report..")
        .check(classes);
  }

  @Test
  void theRenameDecisionIsAPureStage() {
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.renames..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.cli..",
            "dev.autogen.lint..",
            "dev.autogen.introspect..",
            "dev.autogen.devdb..",
            "dev.autogen.git..",
            "java.nio.file..",
            "java.sql..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(java.io.File.class, ProcessBuilder.class, Process.class)
        .check(classes);
  }

  @Test
  void lintRulesAndStateDoNoIo() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.autogen.lint.rules..", "dev.autogen.lint.state..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.io..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.nio.file.Files")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.autogen.devdb.DevDatabase")
        .check(classes);
  }

  @Test
  void onlyTheCliAndTheLintRunReadGit() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.autogen.git..", "dev.autogen.cli..", "dev.autogen.lint.run..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.autogen.git..")
        .check(classes);
  }

  /** The stages in pipeline order: each may use the ones before it, never one after it. */
  private static final List<String> STAGES =
      List.of(
          "dev.autogen.diff..",
          "dev.autogen.renames..",
          "dev.autogen.classify..",
          "dev.autogen.plan..",
          "dev.autogen.render..");

  @Test
  void theStagesDependOnlyOnEarlierStages() {
    for (int i = 0; i < STAGES.size() - 1; i++) {
      noClasses()
          .that()
          .resideInAPackage(STAGES.get(i))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(STAGES.subList(i + 1, STAGES.size()).toArray(String[]::new))
          .because("the pipeline runs diff, renames, classify, plan, render in that order")
          .check(classes);
    }
  }

  @Test
  void theMiddleStagesSeeNoEdge() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.autogen.diff..",
            "dev.autogen.classify..",
            "dev.autogen.plan..",
            "dev.autogen.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.entities..",
            "dev.autogen.introspect..",
            "dev.autogen.devdb..",
            "dev.autogen.lint..",
            "dev.autogen.git..",
            "dev.autogen.history..",
            "dev.autogen.sql..")
        .because("the stages work on the model; reading sources, databases and git is the edges'")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("dev.autogen.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noCyclesBetweenTheRoomsOfAPackage() {
    // dialect.postgres / dialect.mysql, introspect.*, lint.rules / state / report / run, ...
    slices()
        .matching("dev.autogen.(*).(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void aDialectPackageReachesItsSubpackagesThroughOneResolver() {
    resolverOnly("dev.autogen.dialect", "Dialects");
    resolverOnly("dev.autogen.introspect", "CatalogReaders");
  }

  private static void resolverOnly(String parent, String resolver) {
    noClasses()
        .that()
        .resideInAPackage(parent)
        .and()
        .haveNameNotMatching(Pattern.quote(parent + "." + resolver) + "(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(parent + ".postgres..", parent + ".mysql..")
        .because(parent + "." + resolver + " is the one place that picks a database family")
        .check(classes);
    for (String[] pair : new String[][] {{"postgres", "mysql"}, {"mysql", "postgres"}}) {
      noClasses()
          .that()
          .resideInAPackage(parent + "." + pair[0] + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(parent + "." + pair[1] + "..")
          .check(classes);
    }
  }

  @Test
  void renderAndTheSqlLayerDoNoFileIo() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.autogen.render..", "dev.autogen.sql..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            File.class,
            Files.class,
            FileSystems.class,
            FileInputStream.class,
            FileOutputStream.class,
            FileReader.class,
            FileWriter.class,
            RandomAccessFile.class,
            ProcessBuilder.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.nio.channels..")
        .orShould()
        .callMethod(Path.class, "toFile")
        .because("templates come from the classpath or a loader the caller passes in")
        .check(classes);
  }

  @Test
  void onlyTheSqlLayerAndLintUseJsqlParser() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.autogen.sql..", "dev.autogen.lint..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.sf.jsqlparser..")
        .check(classes);
  }

  @Test
  void theSqlLayerServesDevdbAndLintAndUsesNeither() {
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.sql..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.devdb..",
            "dev.autogen.lint..",
            "dev.autogen.cli..",
            "dev.autogen.entities..",
            "dev.autogen.introspect..",
            "dev.autogen.diff..",
            "dev.autogen.renames..",
            "dev.autogen.classify..",
            "dev.autogen.plan..",
            "dev.autogen.render..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** Every package states its contract in a package-info.java (issue 12; two once had none). */
  @Test
  void everyPackageHasItsContract() throws java.io.IOException {
    Path root = Path.of("src/main/java/dev/autogen");
    List<Path> packages;
    try (var walk = Files.walk(root)) {
      packages = walk.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
    }
    org.assertj.core.api.Assertions.assertThat(packages).isNotEmpty();
    org.assertj.core.api.Assertions.assertThat(packages)
        .as("packages without a package-info.java")
        .filteredOn(p -> !Files.isRegularFile(p.resolve("package-info.java")))
        .isEmpty();
  }

  private static boolean holdsJava(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
