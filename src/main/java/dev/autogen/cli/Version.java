package dev.autogen.cli;

import picocli.CommandLine.IVersionProvider;

/** The version picocli prints (for {@code --version} among other options); see {@link Launcher}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Launcher.versionLine()};
  }
}
