package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFileRootsTest {
  @TempDir Path dir;

  @Test
  void aMavenProjectWithoutSourceDirectoryHasSrcMainJava() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project><build></build></project>");
    Path migrations = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));

    BuildFileRoots.Found found = BuildFileRoots.of(migrations);

    assertThat(found.roots()).containsExactly(dir.resolve("src/main/java"));
    assertThat(found.from()).isEqualTo(dir.resolve("pom.xml").toString());
  }

  @Test
  void thePomsSourceDirectoryWins() throws Exception {
    Files.writeString(
        dir.resolve("pom.xml"),
        "<project><build><sourceDirectory>${project.basedir}/app/java</sourceDirectory>"
            + "</build></project>");

    assertThat(BuildFileRoots.of(dir.resolve("db")).roots())
        .containsExactly(dir.resolve("app/java"));
  }

  @Test
  void gradleSourceSetsAreRead() throws Exception {
    Files.writeString(
        dir.resolve("build.gradle"),
        "sourceSets {\n  main {\n    java {\n      srcDirs = ['src/app', 'src/gen']\n    }\n"
            + "  }\n}\n");

    assertThat(BuildFileRoots.of(dir.resolve("migrations")).roots())
        .containsExactly(dir.resolve("src/app"), dir.resolve("src/gen"));
  }

  @Test
  void theNearestBuildFileAboveTheMigrationsIsTheProject() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path module = Files.createDirectories(dir.resolve("service"));
    Files.writeString(module.resolve("build.gradle.kts"), "plugins { java }");

    assertThat(BuildFileRoots.of(module.resolve("src/main/resources/db/migration")).roots())
        .containsExactly(module.resolve("src/main/java"));
  }

  @Test
  void noBuildFileMeansNoRoots() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("migration"));

    BuildFileRoots.Found found = BuildFileRoots.of(migrations);

    // the temporary folder lies under no project (a build file at / would be a broken machine)
    assertThat(found.roots()).isEmpty();
    assertThat(found.from()).startsWith("no pom.xml or build.gradle at or above ");
  }
}
