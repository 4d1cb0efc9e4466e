package dev.autogen.classify;

/**
 * The answer to one compatibility question about a change, with the reason in one sentence a
 * reviewer can check against the application.
 */
public record Verdict(Compatibility compatibility, String reason) {

  public static Verdict safe(String reason) {
    return new Verdict(Compatibility.SAFE, reason);
  }

  public static Verdict breaking(String reason) {
    return new Verdict(Compatibility.BREAKING, reason);
  }

  public boolean isBreaking() {
    return compatibility == Compatibility.BREAKING;
  }
}
