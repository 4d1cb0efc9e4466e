package dev.autogen.config;

/**
 * A setting's value and where it was found, e.g. {@code src/main/resources/application.yml
 * (spring.datasource.url)} or {@code environment SPRING_DATASOURCE_URL}.
 */
public record Sourced<T>(T value, String source) {
  public <R> Sourced<R> map(java.util.function.Function<T, R> f) {
    return new Sourced<>(f.apply(value), source);
  }
}
