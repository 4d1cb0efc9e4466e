package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn autogen:diff}: {@code autogen diff}, the classified changes; writes nothing. */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AutogenMojo {

  /** text or json. */
  @Parameter(property = "autogen.format")
  String format;

  /** Fail the build when there is a difference ({@code --exit-code}). */
  @Parameter(property = "autogen.exitCode", defaultValue = "false")
  boolean exitCode;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("diff"));
    Options.add(command, "--format", format);
    if (exitCode) {
      command.add("--exit-code");
    }
    return command;
  }
}
