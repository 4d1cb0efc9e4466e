package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command several times as a user would (a fresh process each time) and keeps the median
 * wall time and the largest peak resident set size, which {@code /usr/bin/time} reports.
 */
final class Measure {

  /** Median wall seconds and peak RSS in MB of a command, and its output of the last run. */
  record Result(double seconds, double peakMb, String output) {}

  private final Path logs;

  Measure(Path logs) throws IOException {
    this.logs = Files.createDirectories(logs);
  }

  /** Runs {@code command} {@code runs} times after {@code before} (untimed) each time. */
  Result run(String name, int runs, Runnable before, List<String> command)
      throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    double peak = 0;
    Path out = logs.resolve(name + ".log");
    Path rss = logs.resolve(name + ".rss");
    for (int i = 0; i < runs; i++) {
      before.run();
      List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
      timed.addAll(command);
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      int exit = p.waitFor();
      seconds.add((System.nanoTime() - start) / 1e9);
      if (exit != 0) {
        throw new IllegalStateException(
            name + " exited with " + exit + ": " + Files.readString(out));
      }
      String kb = Files.readAllLines(rss).get(Files.readAllLines(rss).size() - 1).trim();
      peak = Math.max(peak, Long.parseLong(kb) / 1024.0);
    }
    seconds.sort(null);
    return new Result(seconds.get(seconds.size() / 2), peak, Files.readString(out));
  }

  Result run(String name, int runs, List<String> command)
      throws IOException, InterruptedException {
    return run(name, runs, () -> {}, command);
  }
}
