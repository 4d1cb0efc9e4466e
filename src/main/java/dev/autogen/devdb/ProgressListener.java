package dev.autogen.devdb;

import java.nio.file.Path;

/** Told about each migration file just before a {@link HistoryReplay} applies it. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every report. */
  ProgressListener NONE = (index, total, file) -> {};

  /**
   * Called before applying {@code file}.
   *
   * @param index 1-based position of the file in the replay order
   * @param total how many files the replay applies
   */
  void onFile(int index, int total, Path file);
}
