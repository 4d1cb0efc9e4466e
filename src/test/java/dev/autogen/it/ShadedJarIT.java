package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a team downloads it ({@code target/autogen.jar}, built by {@code package}
 * before failsafe runs): it stays under the 40 MB issue 17 set, and what the shade filters cut from
 * it is not needed by the paths that load classes by name: the real Flyway and Liquibase replaying
 * a history, both JDBC drivers, and Testcontainers' Docker TLS set-up.
 */
class ShadedJarIT {
  /** 40 MB as a download page counts them. */
  static final long MAX_JAR_BYTES = 40_000_000L;

  private static final String PG_DEV_URL =
      LocalPostgres.URL
          + (LocalPostgres.URL.contains("?") ? "&" : "?")
          + "user="
          + LocalPostgres.USER;

  @TempDir Path project;

  @Test
  void theJarStaysUnderFortyMegabytes() throws Exception {
    assertThat(Files.size(jar()))
        .as("size of %s; see docs/jar.md for what the jar leaves out", jar())
        .isLessThanOrEqualTo(MAX_JAR_BYTES);
  }

  @Test
  void theJarStartsAndPrintsItsVersion() throws Exception {
    Run run = java("--version");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("autogen ");
  }

  @Test
  void aFlywayHistoryOnMariaDbReplaysFromTheJar() throws Exception {
    write(
        "db/migration/V1__customers.sql",
        "CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY, email varchar(255));\n");
    customerEntity();

    Run diff =
        java(
            "diff",
            "--dev-url",
            LocalMariaDb.URL,
            "--entities",
            "src",
            "--migrations",
            "db/migration",
            "--exit-code");

    assertThat(diff.code()).as(diff.toString()).isZero();
    assertThat(diff.out()).as(diff.toString()).contains("No changes");
  }

  @Test
  void aLiquibaseChangelogOnPostgresReplaysFromTheJar() throws Exception {
    write(
        "db/changelog/master.yaml",
        """
        databaseChangeLog:
          - include:
              file: 001-customers.sql
              relativeToChangelogFile: true
        """);
    write(
        "db/changelog/001-customers.sql",
        """
        --liquibase formatted sql

        --changeset team:1
        CREATE TABLE customer (id bigint NOT NULL PRIMARY KEY, email varchar(255));
        --rollback DROP TABLE customer;
        """);
    write("autogen.properties", "format=liquibase\n");
    customerEntity();

    Run diff =
        java(
            "diff",
            "--dev-url",
            PG_DEV_URL,
            "--entities",
            "src",
            "--changelog",
            "db/changelog/master.yaml",
            "--exit-code");

    assertThat(diff.code()).as(diff.toString()).isZero();
    assertThat(diff.out()).as(diff.toString()).contains("No changes");
  }

  /**
   * {@code DOCKER_TLS_VERIFY} with {@code DOCKER_CERT_PATH}: Testcontainers reads the PEM files
   * with its shaded Bouncy Castle provider, which registers every algorithm it has when created.
   */
  @Test
  void dockerTlsCertificatesLoadWithTheJarsBouncyCastle() throws Exception {
    Path certs = Files.createDirectories(project.resolve("docker-certs"));
    writeSelfSignedPem(certs);
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar().toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> config =
          loader.loadClass(
              "org.testcontainers.shaded.com.github.dockerjava.core.LocalDirectorySSLConfig");
      Object sslConfig = config.getConstructor(String.class).newInstance(certs.toString());
      Object context = config.getMethod("getSSLContext").invoke(sslConfig);
      assertThat(context).isInstanceOf(javax.net.ssl.SSLContext.class);
    }
  }

  /** key.pem, cert.pem and ca.pem as {@code docker-machine} writes them, made by the JDK. */
  private static void writeSelfSignedPem(Path dir) throws Exception {
    Path store = dir.resolve("store.p12");
    Run keytool =
        run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-alias",
                "docker",
                "-dname",
                "CN=docker",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit"),
            dir);
    assertThat(keytool.code()).as(keytool.toString()).isZero();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(store)) {
      keyStore.load(in, "changeit".toCharArray());
    }
    Key key = keyStore.getKey("docker", "changeit".toCharArray());
    Certificate cert = keyStore.getCertificate("docker");
    Files.writeString(dir.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
    Files.writeString(dir.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
    Files.writeString(dir.resolve("ca.pem"), pem("CERTIFICATE", cert.getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** The jar next to the test classes, wherever {@code build.dir} puts them. */
  private static Path jar() throws Exception {
    Path testClasses =
        Path.of(ShadedJarIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = testClasses.getParent().resolve("autogen.jar");
    assertThat(jar).as("the shaded jar; run mvn verify, which packages it first").exists();
    return jar;
  }

  private void customerEntity() throws IOException {
    write(
        "src/com/acme/Customer.java",
        """
        package com.acme;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "customer")
        public class Customer {
          @Id private Long id;
          private String email;
        }
        """);
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** What a run printed and its exit code. */
  private record Run(int code, String out, String err) {}

  private Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return run(command, project);
  }

  private static Run run(List<String> command, Path directory) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AUTOGEN_") && !k.startsWith("AUTOGEN_TEST_")
                    || k.startsWith("SPRING_"));
    Path out = Files.createTempFile("autogen-out", ".txt");
    Path err = Files.createTempFile("autogen-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("did not finish: " + command);
      }
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
