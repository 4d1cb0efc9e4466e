package dev.autogen.maven;

import java.util.List;

/** Adds a CLI option for a goal parameter the user set, and nothing for one left unset. */
final class Options {

  private Options() {}

  static void add(List<String> command, String option, String value) {
    if (value != null && !value.isBlank()) {
      command.add(option);
      command.add(value.strip());
    }
  }
}
