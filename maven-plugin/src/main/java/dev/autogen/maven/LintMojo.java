package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn autogen:lint}: {@code autogen lint}; findings at the failing level fail the build. */
@Mojo(name = "lint", threadSafe = true)
public final class LintMojo extends AutogenMojo {

  /** text, json, sarif, github or junit. */
  @Parameter(property = "autogen.format")
  String format;

  /** error or warning ({@code --fail-on}). */
  @Parameter(property = "autogen.failOn")
  String failOn;

  /** A git revision: also check the entity changes since it ({@code --base}). */
  @Parameter(property = "autogen.base")
  String base;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("lint"));
    Options.add(command, "--format", format);
    Options.add(command, "--fail-on", failOn);
    Options.add(command, "--base", base);
    return command;
  }
}
