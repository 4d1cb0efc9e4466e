package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole benchmark of issue 6 for each size: generates the workload, loads it into the
 * bench database, times autogen (whole commands and stages) and the peers, and writes the Markdown
 * report. Started by {@code bench/run.sh}, which passes the classpaths as system properties:
 * {@code bench.root} (the checkout), {@code bench.peerClasspath} (bench classes + Hibernate +
 * driver), {@code bench.stageClasspath} (bench classes + autogen.jar), {@code bench.sizes}, {@code
 * bench.runs}, {@code bench.work}, {@code bench.out}.
 */
public final class BenchMain {

  private BenchMain() {}

  /** Everything measured for one size. */
  record SizeResult(
      int tables,
      Map<String, Measure.Result> commands,
      Map<String, double[]> phases,
      double javacSeconds) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("bench.root")).toAbsolutePath();
    String peerCp = System.getProperty("bench.peerClasspath");
    String stageCp = System.getProperty("bench.stageClasspath");
    int runs = Integer.getInteger("bench.runs", 5);
    Path work = Path.of(System.getProperty("bench.work", "/tmp/autogen-bench"));
    Path out = Path.of(System.getProperty("bench.out", root.resolve("docs/performance.md").toString()));
    List<Integer> sizes = new ArrayList<>();
    for (String s : System.getProperty("bench.sizes", "100,1000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    BenchDatabase db =
        new BenchDatabase(
            System.getProperty("bench.host", "127.0.0.1"),
            System.getProperty("bench.port", "5432"),
            System.getProperty("bench.user", "postgres"),
            System.getProperty("bench.db", "autogen_bench"),
            System.getProperty("bench.adminDb", "test"));
    // MariaDB (issues 15 and 18): -m against diff on the local server, at these sizes
    List<Integer> mariaDbSizes = new ArrayList<>();
    for (String s : System.getProperty("bench.mariadb", "1000").split(",")) {
      if (!s.isBlank()) {
        mariaDbSizes.add(Integer.parseInt(s.trim()));
      }
    }
    List<Integer> liquibaseSizes = new ArrayList<>();
    for (String s : System.getProperty("bench.liquibase", "1000").split(",")) {
      if (!s.isBlank()) {
        liquibaseSizes.add(Integer.parseInt(s.trim()));
      }
    }
    String load = uptime();
    List<SizeResult> results = new ArrayList<>();
    for (int n : sizes) {
      System.out.println("== N = " + n);
      results.add(
          runSize(
              n,
              runs,
              root,
              peerCp,
              stageCp,
              work.resolve("n" + n),
              db,
              liquibaseSizes.contains(n),
              mariaDbSizes.contains(n)));
    }
    System.out.println("== lint, bundled example");
    Measure lintMeasure = new Measure(work.resolve("lint/logs"));
    List<String> lint = LintExample.create(root, work.resolve("lint/repo"), root.resolve("autogen").toString());
    Measure.Result lintResult = expect(lintMeasure.run("lint-example", runs, lint), "no breaking changes");
    System.out.println("== lint, one migration of 10,000 statements");
    List<String> lintLarge =
        LargeMigration.create(work.resolve("lint-large"), root.resolve("autogen").toString(), 10_000);
    // findings are expected (exit 1); the report names the errors it counted
    Measure.Result lintLargeResult =
        expect(lintMeasure.run("lint-large", runs, () -> {}, lintLarge, 1), "in 1 file(s)");
    load = load + "; after the run: " + uptime();
    String report =
        Report.markdown(
            results,
            lintResult,
            lintLargeResult,
            load,
            runs,
            String.join(" ", System.getProperty("bench.command", "bench/run.sh")));
    Files.writeString(out, splice(out, report));
    System.out.println(report);
  }

  private static final String BEGIN = "<!-- bench:begin (written by bench/run.sh) -->";
  private static final String END = "<!-- bench:end -->";

  /** The report file with its generated section replaced, the hand-written text around it kept. */
  static String splice(Path file, String generated) throws IOException {
    return splice(file, generated, BEGIN, END);
  }

  /** As above, for the section between the markers {@code begin} and {@code end}. */
  static String splice(Path file, String generated, String begin, String end) throws IOException {
    String section = begin + "\n" + generated + end + "\n";
    if (!Files.exists(file)) {
      return "# Performance\n\n" + section;
    }
    String text = Files.readString(file);
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    if (b < 0 || e < b) {
      return text + "\n" + section;
    }
    return text.substring(0, b) + section + text.substring(e + end.length()).replaceFirst("^\n", "");
  }

  /** The load average of the machine, as {@code uptime} prints it: other jobs skew wall times. */
  static String uptime() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
    return "load average " + f[0] + ", " + f[1] + ", " + f[2];
  }

  private static SizeResult runSize(
      int n,
      int runs,
      Path root,
      String peerCp,
      String stageCp,
      Path dir,
      BenchDatabase db,
      boolean liquibase,
      boolean mariaDb)
      throws Exception {
    deleteTree(dir);
    Workload workload = new Workload(n);
    workload.write(dir);
    db.recreate(dir.resolve("schema.sql"), n);
    Measure m = new Measure(dir.resolve("logs"));
    Map<String, Measure.Result> r = new LinkedHashMap<>();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String autogen = root.resolve("autogen").toString();
    String url = db.jdbcUrl();
    try {
      // javac over the same sources: the yardstick of entity reading, and the peers' input
      String entityCp = jakartaPersistence(peerCp);
      // the median of up to 3 at every size: a single run at 5,000 took 6.1 s in one bench and
      // 7.4 s in the next, which moved the entity reading target by a sixth
      int javacRuns = Math.max(1, Math.min(runs, 3));
      for (String variant : List.of("entities", "entities-changed")) {
        Path classes = dir.resolve("classes-" + variant);
        List<String> javac = new ArrayList<>(List.of("javac", "-nowarn", "-proc:none", "-cp", entityCp));
        javac.addAll(List.of("-d", classes.toString()));
        Workload.sources(dir.resolve(variant)).forEach(p -> javac.add(p.toString()));
        Path argFile = dir.resolve("javac-" + variant + ".args");
        Files.write(argFile, javac.subList(1, javac.size()));
        Measure.Result compiled =
            m.run(
                "javac-" + variant,
                variant.equals("entities") ? javacRuns : 1,
                () -> deleteTreeUnchecked(classes),
                List.of("javac", "@" + argFile));
        if (variant.equals("entities")) {
          r.put("javac", compiled);
        }
      }

      r.put("hello", m.run("hello", runs, List.of(java, "-cp", stageClasses(stageCp), Hello.class.getName())));
      // the yardstick issue 18 names for --version: a hello-world jar, run as a user runs one
      r.put("hello-jar", m.run("hello-jar", runs, List.of(java, "-jar", helloJar(dir, stageClasses(stageCp)).toString())));
      r.put("version", m.run("version", runs, List.of(autogen, "--version")));
      List<String> psql = new ArrayList<>(List.of("psql"));
      psql.addAll(db.psqlArgs());
      List<String> floor = new ArrayList<>(psql);
      floor.addAll(List.of("-o", "/dev/null", "-f", root.resolve("bench/sql/floor.sql").toString()));
      r.put("floor", m.run("floor", runs, floor));
      List<String> dump = new ArrayList<>(List.of("pg_dump", "--schema-only", "-f", "/dev/null"));
      dump.addAll(db.psqlArgs().subList(2, db.psqlArgs().size()));
      r.put("pg_dump", m.run("pg_dump", runs, dump));

      List<String> common = List.of("--url", url, "--user", db.user());
      r.put("diff-unchanged", expect(m.run("diff-unchanged", runs, concat(List.of(autogen, "diff"), common, List.of("--entities", dir.resolve("entities").toString()))), "No changes"));
      r.put("diff", expect(m.run("diff", runs, concat(List.of(autogen, "diff"), common, List.of("--entities", dir.resolve("entities-changed").toString()))), "add_column t" + workload.changedTable() + ".extra"));
      Path migrations = dir.resolve("out/db/migration");
      r.put(
          "generate",
          expect(
              m.run(
                  "generate",
                  runs,
                  () -> {
                    deleteTreeUnchecked(dir.resolve("out"));
                    try {
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

      r.put("hibernate-validate", expect(m.run("hibernate-validate", runs, List.of(java, "-cp", peerCp, HibernatePeer.class.getName(), "validate", dir.resolve("classes-entities").toString(), url, db.user())), "hibernate: valid"));
      r.put("hibernate-migrate", expect(m.run("hibernate-migrate", runs, List.of(java, "-cp", peerCp, HibernatePeer.class.getName(), "migrate", dir.resolve("classes-entities-changed").toString(), url, db.user(), dir.resolve("hibernate.sql").toString())), "hibernate: 1 statements"));

      if (liquibase) {
        // once: minutes per run. Its snapshot follows the chain of foreign keys recursively, so
        // 1,000 tables need a larger stack than the default (StackOverflowError otherwise).
        r.put(
            "liquibase",
            expect(
                m.run(
                    "liquibase",
                    1,
                    List.of(
                        java,
                        "-Xss512m",
                        "-Dliquibase.analytics.enabled=false",
                        "-cp",
                        peerCp,
                        LiquibasePeer.class.getName(),
                        url,
                        db.user(),
                        dir.resolve("liquibase.json").toString())),
                "liquibase: " + n + " tables"));
      }

      if (mariaDb) {
        System.out.println("== N = " + n + ", MariaDB");
        r.putAll(MariaDbBench.fromProperties().measure(workload, dir, runs, autogen, m));
      }

      Map<String, double[]> phases = stages(m, runs, java, stageCp, url, db.user(), dir.resolve("entities-changed"));
      return new SizeResult(n, r, phases, r.get("javac").seconds());
    } finally {
      db.drop(n);
    }
  }

  /** Median over fresh JVMs of each phase's cold time and warm time (3 rounds per JVM). */
  private static Map<String, double[]> stages(
      Measure m, int runs, String java, String stageCp, String url, String user, Path entities)
      throws Exception {
    Map<String, List<double[]>> all = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      Measure.Result res =
          m.run(
              "stages",
              1,
              List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-Xshare:auto", "-cp", stageCp, Stages.class.getName(), url, user, entities.toString(), "5"));
      for (String line : res.output().split("\n")) {
        String[] f = line.trim().split(" ");
        if (f.length == 4 && f[0].equals("phase")) {
          all.computeIfAbsent(f[1], k -> new ArrayList<>())
              .add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
      }
    }
    Map<String, double[]> medians = new LinkedHashMap<>();
    for (var e : all.entrySet()) {
      medians.put(e.getKey(), new double[] {median(e.getValue(), 0), median(e.getValue(), 1)});
    }
    return medians;
  }

  private static double median(List<double[]> values, int index) {
    List<Double> sorted = new ArrayList<>();
    values.forEach(v -> sorted.add(v[index]));
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
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

  private static String jakartaPersistence(String cp) {
    for (String entry : cp.split(":")) {
      if (entry.contains("jakarta.persistence-api")) {
        return entry;
      }
    }
    throw new IllegalStateException("jakarta.persistence-api not on the peer classpath");
  }

  /** A jar of {@link Hello} alone, its manifest naming it the main class. */
  private static Path helloJar(Path dir, String classes) throws IOException {
    Path jar = dir.resolve("hello.jar");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, Hello.class.getName());
    String entry = Hello.class.getName().replace('.', '/') + ".class";
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new java.util.jar.JarEntry(entry));
      out.write(Files.readAllBytes(Path.of(classes).resolve(entry)));
      out.closeEntry();
    }
    return jar;
  }

  private static String stageClasses(String cp) {
    return cp.split(":")[0];
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void deleteTreeUnchecked(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
