package dev.autogen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: it runs the autogen command line in the project's folder, exactly as a
 * user typing {@code autogen ...} there would, so the CLI reads the project's Spring Boot
 * configuration, {@code autogen.properties} and migration folders by itself. A goal only says which
 * command it is ({@link #command()}); a non-zero exit code fails the build.
 */
abstract class AutogenMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The Spring profile whose {@code application-<profile>} files are read ({@code --profile}). */
  @Parameter(property = "autogen.profile")
  String profile;

  /** Further autogen options, separated by spaces, e.g. {@code -Dautogen.args="--verbose"}. */
  @Parameter(property = "autogen.args")
  String args;

  /** Further autogen options, one per element, for a POM's {@code <configuration>}. */
  @Parameter List<String> arguments = new ArrayList<>();

  @Parameter(property = "autogen.skip", defaultValue = "false")
  boolean skip;

  /** The command's own arguments, e.g. {@code -m add_x} or {@code diff}. */
  abstract List<String> command() throws MojoFailureException;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("autogen: skipped (autogen.skip)");
      return;
    }
    // an aggregator POM has no entities of its own; its modules run the goal each
    if ("pom".equals(project.getPackaging())) {
      getLog().info("autogen: skipped in " + project.getArtifactId() + " (packaging pom)");
      return;
    }
    Path basedir = project.getBasedir().toPath();
    List<String> cli = new ArrayList<>(command());
    if (profile != null && !profile.isBlank()) {
      cli.addAll(List.of("--profile", profile.strip()));
    }
    cli.addAll(
        EntityRoots.options(basedir, project.getBuild().getSourceDirectory(), sourceRoots()));
    if (args != null && !args.isBlank()) {
      cli.addAll(Arrays.asList(args.strip().split("\\s+")));
    }
    cli.addAll(arguments);
    List<String> javaCommand =
        CliProcess.javaCommand(Path.of(System.getProperty("java.home")), classpath(), cli);
    getLog().debug("autogen: " + javaCommand);
    int code = CliProcess.run(javaCommand, basedir);
    if (code != 0) {
      throw new MojoFailureException(
          "autogen " + String.join(" ", cli) + " exited with code " + code);
    }
  }

  private List<Path> sourceRoots() {
    return project.getCompileSourceRoots().stream().map(Path::of).toList();
  }

  /** The plugin's own runtime classpath: the autogen jar and its libraries. */
  private List<Path> classpath() throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    for (Artifact a : plugin.getArtifacts()) {
      File file = a.getFile();
      if (file == null) {
        throw new MojoExecutionException("autogen: " + a + " was not resolved");
      }
      files.add(file.toPath());
    }
    return files;
  }
}
