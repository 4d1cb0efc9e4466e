package dev.autogen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of the house style, checked on the compiled classes. */
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
    noClasses()
        .that()
        .resideInAPackage("dev.autogen.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.autogen.entities..",
            "dev.autogen.introspect..",
            "dev.autogen.diff..",
            "dev.autogen.classify..",
            "dev.autogen.plan..",
            "dev.autogen.render..",
            "dev.autogen.cli..",
            "dev.autogen.devdb..",
            "dev.autogen.dialect..")
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
  void onlyTheCliAndTheLintRunReadGit() {
    noClasses()
        .that()
        // dev.autogen.lint: LintRun and PullRequestFiles until they move into lint/run
        .resideOutsideOfPackages(
            "dev.autogen.git..", "dev.autogen.cli..", "dev.autogen.lint.run..", "dev.autogen.lint")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.autogen.git..")
        .check(classes);
  }
}
