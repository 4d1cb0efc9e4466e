package dev.autogen.cli;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/**
 * {@code --revision}, shared by the commands that name the migration files they write ({@code -m},
 * {@code promote}): one declaration, one check, one default.
 */
final class RevisionOption {

  @Option(
      names = "--revision",
      description = "Version prefix of the files written (default: UTC now, yyyyMMddHHmmss).")
  String revision;

  /** Refuses a revision Flyway would not take, before anything is read or written. */
  void check() {
    Revisions.check(revision);
  }

  /** The revision given, else the current UTC time. */
  String orNow() {
    return revision != null
        ? revision
        : ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
  }
}
