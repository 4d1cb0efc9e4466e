package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn autogen:generate -Dautogen.message=add_x}: {@code autogen -m add_x}. */
@Mojo(name = "generate", threadSafe = true)
public final class GenerateMojo extends AutogenMojo {

  /** Describes the change; the migration files are named after it. */
  @Parameter(property = "autogen.message")
  String message;

  /** Version prefix of the files (default: UTC now). */
  @Parameter(property = "autogen.revision")
  String revision;

  /** flyway or liquibase (default: what the project's configuration says). */
  @Parameter(property = "autogen.format")
  String format;

  @Override
  List<String> command() throws MojoFailureException {
    if (message == null || message.isBlank()) {
      throw new MojoFailureException(
          "autogen:generate needs a description of the change: -Dautogen.message=add_user_email");
    }
    List<String> command = new ArrayList<>(List.of("-m", message));
    Options.add(command, "--revision", revision);
    Options.add(command, "--format", format);
    return command;
  }
}
