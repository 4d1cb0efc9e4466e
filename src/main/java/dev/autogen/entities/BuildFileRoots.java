package dev.autogen.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a project's entity sources are when nobody said: the Java source folders its build file
 * declares. The project is the nearest folder at or above the migrations folder that holds a {@code
 * pom.xml}, {@code build.gradle} or {@code build.gradle.kts}; its sources are the {@code
 * <sourceDirectory>} of the POM or the {@code srcDirs} of Gradle's main source set, else {@code
 * src/main/java} (Maven's, Gradle's and Spring Boot's convention). Without a build file there are
 * none: Java files that no build compiles are not an application.
 */
public final class BuildFileRoots {
  /** The roots found and what they were found from, for the user to read. */
  public record Found(List<Path> roots, String from) {
    public Found {
      roots = List.copyOf(roots);
    }
  }

  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts");
  private static final Pattern POM_SOURCES =
      Pattern.compile("<sourceDirectory>\\s*([^<]+?)\\s*</sourceDirectory>");
  private static final Pattern GRADLE_SOURCES =
      Pattern.compile("java\\s*\\{[^}]*?srcDirs?\\s*(?:=|\\+=)?\\s*\\(?\\s*\\[?([^\\]\\)\\n}]*)");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");

  private BuildFileRoots() {}

  /** The entity roots of the project that holds {@code migrations}. */
  public static Found of(Path migrations) throws IOException {
    for (Path dir = migrations.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      for (String name : BUILD_FILES) {
        Path build = dir.resolve(name);
        if (Files.isRegularFile(build)) {
          List<Path> roots = new ArrayList<>();
          for (String declared : declared(build)) {
            roots.add(dir.resolve(declared).normalize());
          }
          if (roots.isEmpty()) {
            roots.add(dir.resolve("src/main/java"));
          }
          return new Found(roots, build.toString());
        }
      }
    }
    return new Found(
        List.of(), "no pom.xml or build.gradle at or above " + migrations.toAbsolutePath());
  }

  private static List<String> declared(Path build) throws IOException {
    String text = Files.readString(build, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    if (build.getFileName().toString().equals("pom.xml")) {
      Matcher m = POM_SOURCES.matcher(text);
      if (m.find()) {
        out.add(m.group(1).replace("${project.basedir}/", "").replace("${basedir}/", ""));
      }
      return out;
    }
    Matcher m = GRADLE_SOURCES.matcher(text);
    while (m.find()) {
      Matcher q = QUOTED.matcher(m.group(1));
      while (q.find()) {
        out.add(q.group(1));
      }
    }
    return out;
  }
}
