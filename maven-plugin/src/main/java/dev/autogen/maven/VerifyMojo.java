package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn autogen:verify}: {@code autogen verify}, applies, undoes and re-applies the newest
 * revision's files on a dev database.
 */
@Mojo(name = "verify", threadSafe = true)
public final class VerifyMojo extends AutogenMojo {

  /** Every revision, not only the newest ({@code --all}). */
  @Parameter(property = "autogen.all", defaultValue = "false")
  boolean all;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("verify"));
    if (all) {
      command.add("--all");
    }
    return command;
  }
}
