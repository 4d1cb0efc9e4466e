package dev.autogen.cli;

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
    Main.main(args);
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
