package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The MariaDB part of the bench (issues 15 and 18): {@code autogen -m} against {@code autogen
 * diff} on the same N-table schema of the local MariaDB, with the entities of which one gained a
 * column. The workload's DDL is PostgreSQL's, so the MariaDB schema is the one autogen itself
 * writes for the unchanged entities ({@code -m} on an empty database, applied with the {@code
 * mariadb} client, untimed), and the run fails unless {@code diff} then reports no change on them.
 * Run inside the whole bench at the sizes of {@code bench.mariadb}, or alone ({@code bench/run.sh
 * mariadb N RUNS}), which writes its own section of docs/performance.md.
 */
final class MariaDbBench {

  static final String BEGIN = "<!-- bench:mariadb:begin (written by bench/run.sh mariadb) -->";
  static final String END = "<!-- bench:mariadb:end -->";

  private final String host;
  private final String port;
  private final String user;
  private final String name;

  MariaDbBench(String host, String port, String user, String name) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.name = name;
  }

  static MariaDbBench fromProperties() {
    return new MariaDbBench(
        System.getProperty("bench.mariadb.host", "127.0.0.1"),
        System.getProperty("bench.mariadb.port", "3306"),
        System.getProperty("bench.mariadb.user", "root"),
        System.getProperty("bench.mariadb.db", "autogen_bench_mariadb"));
  }

  String jdbcUrl() {
    return "jdbc:mariadb://" + host + ":" + port + "/" + name;
  }

  /**
   * Creates the bench database with the workload's schema, times {@code diff} and {@code -m} (1
   * entity changed) and drops the database. Keys: {@code mariadb-diff-unchanged}, {@code
   * mariadb-diff}, {@code mariadb-generate}.
   */
  Map<String, Measure.Result> measure(
      Workload workload, Path dir, int runs, String autogen, Measure m) throws Exception {
    List<String> common = List.of("--url", jdbcUrl(), "--user", user);
    Map<String, Measure.Result> r = new LinkedHashMap<>();
    recreate();
    try {
      Path setup = dir.resolve("mariadb-setup/db/migration");
      BenchMain.deleteTree(dir.resolve("mariadb-setup"));
      Files.createDirectories(setup);
      List<String> create = new ArrayList<>(List.of(autogen, "-m", "bench schema", "--revision", "1"));
      create.addAll(common);
      create.addAll(
          List.of("--entities", dir.resolve("entities").toString(), "--migrations", setup.toString()));
      expect(m.run("mariadb-setup", 1, create), "wrote:");
      try (Stream<Path> files = Files.list(setup)) {
        for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
          client(file, name);
        }
      }
      r.put(
          "mariadb-diff-unchanged",
          expect(
              m.run("mariadb-diff-unchanged", runs, concat(List.of(autogen, "diff"), common, List.of("--entities", dir.resolve("entities").toString()))),
              "No changes"));
      r.put(
          "mariadb-diff",
          expect(
              m.run("mariadb-diff", runs, concat(List.of(autogen, "diff"), common, List.of("--entities", dir.resolve("entities-changed").toString()))),
              "add_column t" + workload.changedTable() + ".extra"));
      Path out = dir.resolve("mariadb-out");
      Path migrations = out.resolve("db/migration");
      r.put(
          "mariadb-generate",
          expect(
              m.run(
                  "mariadb-generate",
                  runs,
                  () -> {
                    try {
                      BenchMain.deleteTree(out);
                      Files.createDirectories(migrations);
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  },
                  concat(
                      List.of(autogen, "-m", "bench", "--revision", "1"),
                      common,
                      List.of(
                          "--entities",
                          dir.resolve("entities-changed").toString(),
                          "--migrations",
                          migrations.toString()))),
              "wrote:"));
      return r;
    } finally {
      drop();
    }
  }

  /** The rows of the whole-process table and the target, for the stand-alone mode's section. */
  static String markdown(int tables, Map<String, Measure.Result> r, String load, int runs, String command) {
    StringBuilder md = new StringBuilder();
    md.append("Command: `").append(command).append("` (").append(runs);
    md.append(" runs per measurement, median wall time of the whole process, median CPU time ");
    md.append("(user + system) and peak RSS from `/usr/bin/time`, the largest over the runs). ");
    md.append("Machine load at the start: ").append(load).append(" (2 cores).\n\n");
    md.append("| command, MariaDB | N = ").append(String.format(Locale.ROOT, "%,d", tables)).append(" |\n|---|---|\n");
    for (String key : List.of("mariadb-diff-unchanged", "mariadb-diff", "mariadb-generate")) {
      Measure.Result m = r.get(key);
      md.append("| ").append(Report.command(key)).append(" | ");
      md.append(String.format(Locale.ROOT, "%.2f s (%.2f s, %.0f MB)", m.seconds(), m.cpuSeconds(), m.peakMb()));
      md.append(" |\n");
    }
    md.append("\n| target | measured | met |\n|---|---|---|\n");
    md.append(Report.mariaDbTarget(tables, r));
    return md.toString();
  }

  private void recreate() throws IOException, InterruptedException {
    drop();
    sql("CREATE DATABASE `" + name + "`");
  }

  void drop() throws IOException, InterruptedException {
    sql("DROP DATABASE IF EXISTS `" + name + "`");
  }

  private void sql(String statement) throws IOException, InterruptedException {
    run(List.of("-e", statement), null);
  }

  private void client(Path file, String database) throws IOException, InterruptedException {
    run(List.of(database), file);
  }

  private void run(List<String> args, Path input) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("mariadb", "-h", host, "-P", port, "-u", user));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (input != null) {
      pb.redirectInput(input.toFile());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("mariadb " + String.join(" ", args) + " failed: " + out);
    }
  }

  private static Measure.Result expect(Measure.Result r, String text) {
    if (!r.output().contains(text)) {
      throw new IllegalStateException("expected '" + text + "' in:\n" + r.output());
    }
    return r;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return all;
  }

  /** The stand-alone mode: {@code bench.sizes} (one size) and {@code bench.runs}. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("bench.root")).toAbsolutePath();
    int n = Integer.parseInt(System.getProperty("bench.sizes", "1000").trim());
    int runs = Integer.getInteger("bench.runs", 3);
    Path dir = Path.of(System.getProperty("bench.work", "/tmp/autogen-bench")).resolve("mariadb-n" + n);
    Path out = Path.of(System.getProperty("bench.out", root.resolve("docs/performance.md").toString()));
    String load = BenchMain.uptime();
    BenchMain.deleteTree(dir);
    Workload workload = new Workload(n);
    workload.write(dir);
    Map<String, Measure.Result> r =
        fromProperties().measure(workload, dir, runs, root.resolve("autogen").toString(), new Measure(dir.resolve("logs")));
    load = load + "; after the run: " + BenchMain.uptime();
    String report = markdown(n, r, load, runs, System.getProperty("bench.command", "bench/run.sh mariadb"));
    Files.writeString(out, BenchMain.splice(out, report, BEGIN, END));
    System.out.println(report);
  }
}
