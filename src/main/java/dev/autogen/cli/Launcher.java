package dev.autogen.cli;

import dev.autogen.dialect.Dialects;
import dev.autogen.entities.ReadingWarmUp;

/**
 * The jar's entry point: answers a lone {@code --version} before any picocli class is loaded, and
 * hands every other command line to {@link Main}. Picocli's reflective model of the commands is
 * most of autogen's start-up (issue 6, docs/performance.md); {@link Main} itself cannot answer
 * first, because the launcher's reflective look-up of its {@code main} loads the picocli types in
 * its public signatures.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      System.out.println(versionLine());
      return;
    }
    if (readsEntities(args)) {
      Thread warmUp =
          new Thread(() -> ReadingWarmUp.run(Dialects.forName("postgresql")), "autogen-warm-up");
      warmUp.setDaemon(true);
      warmUp.setPriority(Thread.MIN_PRIORITY);
      warmUp.start();
    }
    Main.main(args);
  }

  /**
   * Whether the command reads entity sources: then the reading classes are warmed up on the idle
   * core while picocli builds the command line ({@link ReadingWarmUp}). The dialect does not matter
   * to what is loaded, and the arguments are not parsed yet.
   */
  static boolean readsEntities(String[] args) {
    for (String arg : args) {
      if (arg.equals("diff")
          || arg.equals("lint")
          || arg.equals("verify")
          || arg.startsWith("-m")
          || arg.startsWith("--message")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code autogen VERSION} from the jar manifest ({@code autogen dev} outside the jar). Plain
   * {@link String#concat}: {@code +} bootstraps a method handle on first use, which alone costs
   * more than the rest of {@code --version}.
   */
  static String versionLine() {
    String v = Launcher.class.getPackage().getImplementationVersion();
    return "autogen ".concat(v == null ? "dev" : v);
  }
}
