package dev.autogen.render;

import dev.autogen.plan.Step;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Flyway file names of a step: {@code V<revision>_<i>__<message>[_<step slug>].sql}. */
final class FileNames {

  private FileNames() {}

  /** Lower case, every run of characters outside {@code [a-z0-9]} as one {@code _}, trimmed. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return s.replaceAll("^_+|_+$", "");
  }

  /** The part after {@code V<revision>_<i>__}, without extension; never empty. */
  static String description(String message, Step step) {
    String joined =
        Stream.of(slug(message), slug(step.slug()))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.joining("_"));
    return joined.isEmpty() ? "migration" : joined;
  }

  static String migration(String revision, int number, String description) {
    return "V" + revision + "_" + number + "__" + description + ".sql";
  }

  static String undo(String revision, int number, String description) {
    return "U" + revision + "_" + number + "__" + description + ".sql";
  }

  /** A Liquibase changelog of one revision: {@code <revision>__<description>.sql}. */
  static String changelog(String revision, String description) {
    return revision + "__" + description + ".sql";
  }

  /** Flyway's per-script configuration file sits beside the script under its name plus .conf. */
  static String scriptConfig(String migrationFileName) {
    return migrationFileName + ".conf";
  }
}
