package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command several times as a user would (a fresh process each time) and keeps the median
 * wall time, the median CPU time (user + system) and the largest peak resident set size, which
 * {@code /usr/bin/time} reports. CPU time moves much less than wall time when other jobs share
 * the machine.
 */
final class Measure {

  /** Median wall and CPU seconds and peak RSS in MB of a command, and its last run's output. */
  record Result(double seconds, double cpuSeconds, double peakMb, String output) {}

  private final Path logs;

  Measure(Path logs) throws IOException {
    this.logs = Files.createDirectories(logs);
  }

  /** Runs {@code command} {@code runs} times after {@code before} (untimed) each time. */
  Result run(String name, int runs, Runnable before, List<String> command)
      throws IOException, InterruptedException {
    return run(name, runs, before, command, 0);
  }

  /**
   * As above, where an exit status up to {@code highestOk} is success (lint reports findings with
   * 1).
   */
  Result run(String name, int runs, Runnable before, List<String> command, int highestOk)
      throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    double peak = 0;
    Path out = logs.resolve(name + ".log");
    Path rss = logs.resolve(name + ".rss");
    for (int i = 0; i < runs; i++) {
      before.run();
      List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
      timed.addAll(command);
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      int exit = p.waitFor();
      seconds.add((System.nanoTime() - start) / 1e9);
      if (exit < 0 || exit > highestOk) {
        throw new IllegalStateException(
            name + " exited with " + exit + ": " + Files.readString(out));
      }
      List<String> lines = Files.readAllLines(rss);
      String[] f = lines.get(lines.size() - 1).trim().split(" ");
      peak = Math.max(peak, Long.parseLong(f[0]) / 1024.0);
      cpu.add(Double.parseDouble(f[1]) + Double.parseDouble(f[2]));
    }
    seconds.sort(null);
    cpu.sort(null);
    return new Result(
        seconds.get(seconds.size() / 2), cpu.get(cpu.size() / 2), peak, Files.readString(out));
  }

  Result run(String name, int runs, List<String> command)
      throws IOException, InterruptedException {
    return run(name, runs, () -> {}, command);
  }
}
