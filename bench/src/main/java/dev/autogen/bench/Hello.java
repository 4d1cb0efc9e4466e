package dev.autogen.bench;

/** The hello-world baseline for JVM start: prints one line, like {@code autogen --version}. */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
