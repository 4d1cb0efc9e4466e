package dev.autogen.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column type in the dialect's canonical spelling: a lower-case base name ({@code varchar},
 * {@code timestamptz}, {@code numeric}) and its size arguments ({@code [255]}, {@code [38, 2]}).
 * The dialect's {@code TypeMapper} produces these from both sides so that aliases never differ.
 */
public record SqlType(String name, List<Integer> args) {
  public SqlType {
    name = name.toLowerCase(java.util.Locale.ROOT);
    args = List.copyOf(args);
  }

  public static SqlType of(String name, Integer... args) {
    return new SqlType(name, List.of(args));
  }

  /** Stable text form, e.g. {@code varchar(255)}; the dialect renders the SQL spelling. */
  @Override
  public String toString() {
    return args.isEmpty()
        ? name
        : name + args.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
  }
}
