package dev.autogen.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column type in the dialect's canonical spelling: a lower-case base name ({@code varchar},
 * {@code timestamptz}, {@code numeric}) and its size arguments ({@code [255]}, {@code [38, 2]}).
 * The dialect's {@code TypeMapper} produces these from both sides so that aliases never differ.
 *
 * @param values the members of a type that lists its values (MySQL's {@code enum('A','B')} and
 *     {@code set(...)}), in declared order and case; empty for every other type
 */
public record SqlType(String name, List<Integer> args, List<String> values) {
  public SqlType {
    name = name.toLowerCase(java.util.Locale.ROOT);
    args = List.copyOf(args);
    values = List.copyOf(values);
  }

  public SqlType(String name, List<Integer> args) {
    this(name, args, List.of());
  }

  public static SqlType of(String name, Integer... args) {
    return new SqlType(name, List.of(args));
  }

  /** A type listing its values, e.g. {@code enum('LOW','HIGH')}. */
  public static SqlType listing(String name, List<String> values) {
    return new SqlType(name, List.of(), values);
  }

  /**
   * Stable text form, e.g. {@code varchar(255)} or {@code enum('A','B')}; the dialect renders the
   * SQL spelling.
   */
  @Override
  public String toString() {
    if (!values.isEmpty()) {
      return name
          + values.stream()
              .map(v -> "'" + v.replace("'", "''") + "'")
              .collect(Collectors.joining(",", "(", ")"));
    }
    return args.isEmpty()
        ? name
        : name + args.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }
}
