package dev.autogen.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown tables of one benchmark run: measurements, peers as ratios, and the targets. */
final class Report {

  private Report() {}

  private static final Map<String, String> COMMANDS =
      Map.ofEntries(
          Map.entry("hello", "hello-world class, `java -cp`"),
          Map.entry("hello-jar", "hello-world jar, `java -jar`"),
          Map.entry("version", "`autogen --version`"),
          Map.entry("floor", "catalog-query floor (autogen's 5 queries, one psql session)"),
          Map.entry("pg_dump", "`pg_dump --schema-only`"),
          Map.entry("javac", "`javac` of the entity sources"),
          Map.entry("hibernate-validate", "Hibernate 7.4 schema validator"),
          Map.entry("hibernate-migrate", "Hibernate 7.4 schema migrator, script only, 1 entity changed"),
          Map.entry("diff-unchanged", "`autogen diff`, no change"),
          Map.entry("diff", "`autogen diff`, 1 entity changed"),
          Map.entry("generate", "`autogen -m`, 1 entity changed"),
          Map.entry("mariadb-diff-unchanged", "`autogen diff` on MariaDB, no change"),
          Map.entry("mariadb-diff", "`autogen diff` on MariaDB, 1 entity changed"),
          Map.entry("mariadb-generate", "`autogen -m` on MariaDB, 1 entity changed"),
          Map.entry("liquibase", "Liquibase 4.33 snapshot (JSON), once"));

  private static final List<String> ORDER =
      List.of(
          "hello",
          "hello-jar",
          "version",
          "floor",
          "pg_dump",
          "javac",
          "hibernate-validate",
          "hibernate-migrate",
          "diff-unchanged",
          "diff",
          "generate",
          "mariadb-diff-unchanged",
          "mariadb-diff",
          "mariadb-generate",
          "liquibase");

  private static final Map<String, String> PHASES =
      Map.of(
          "entities", "entity reading",
          "connect", "JDBC connect",
          "introspect", "introspection",
          "diff", "diff",
          "classify+plan", "classify + plan",
          "render", "render");

  static String markdown(
      List<BenchMain.SizeResult> results,
      Measure.Result lint,
      Measure.Result lintLarge,
      String load,
      int runs,
      String command) {
    StringBuilder md = new StringBuilder();
    md.append("Command: `").append(command).append("` (").append(runs);
    md.append(" runs per measurement, median wall time of the whole process, median CPU time ");
    md.append("(user + system) and peak RSS from `/usr/bin/time`, the largest over the runs). ");
    md.append("Machine load at the start: ").append(load).append(" (2 cores).\n\n");

    md.append("### Whole processes: median wall seconds (CPU seconds, peak RSS MB)\n\n| command |");
    results.forEach(r -> md.append(" N = ").append(fmtInt(r.tables())).append(" |"));
    md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
    for (String key : ORDER) {
      md.append("| ").append(COMMANDS.get(key)).append(" |");
      for (var r : results) {
        Measure.Result m = r.commands().get(key);
        md.append(
            m == null
                ? " — |"
                : String.format(
                    Locale.ROOT, " %.2f s (%.2f s, %.0f MB) |", m.seconds(), m.cpuSeconds(), m.peakMb()));
      }
      md.append('\n');
    }

    md.append("\n### autogen's phases, 1 entity changed: cold (first call in a fresh JVM) / warm, ms\n\n| phase |");
    results.forEach(r -> md.append(" N = ").append(fmtInt(r.tables())).append(" |"));
    md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
    for (String phase : PHASES.keySet().stream().sorted(Report::phaseOrder).toList()) {
      md.append("| ").append(PHASES.get(phase)).append(" |");
      for (var r : results) {
        double[] p = r.phases().get(phase);
        md.append(String.format(Locale.ROOT, " %.0f / %.0f |", p[0], p[1]));
      }
      md.append('\n');
    }

    md.append("\n### Peers as a ratio to `autogen diff` (1 entity changed), wall (CPU); > 1 means autogen is faster\n\n| peer |");
    results.forEach(r -> md.append(" N = ").append(fmtInt(r.tables())).append(" |"));
    md.append("\n|---|").append("---|".repeat(results.size())).append('\n');
    for (String key : List.of("floor", "pg_dump", "hibernate-validate", "hibernate-migrate", "liquibase")) {
      md.append("| ").append(COMMANDS.get(key)).append(" |");
      for (var r : results) {
        md.append(
            r.commands().containsKey(key)
                ? String.format(Locale.ROOT, " %.2f× (%.2f×) |", ratio(r, key, "diff"), cpuRatio(r, key, "diff"))
                : " — |");
      }
      md.append('\n');
    }

    if (results.size() > 1) {
      md.append("\n### Growth of each phase between sizes: cold / warm (linear means at most the growth of N)\n\n| phase |");
      for (int i = 1; i < results.size(); i++) {
        md.append(" N = ").append(fmtInt(results.get(i - 1).tables())).append(" → ").append(fmtInt(results.get(i).tables())).append(" |");
      }
      md.append("\n|---|").append("---|".repeat(results.size() - 1)).append('\n');
      for (String phase : PHASES.keySet().stream().sorted(Report::phaseOrder).toList()) {
        md.append("| ").append(PHASES.get(phase)).append(" |");
        for (int i = 1; i < results.size(); i++) {
          double[] a = results.get(i - 1).phases().get(phase);
          double[] b = results.get(i).phases().get(phase);
          md.append(String.format(Locale.ROOT, " %.1f× / %.1f× |", b[0] / Math.max(0.5, a[0]), b[1] / Math.max(0.5, a[1])));
        }
        md.append('\n');
      }
    }

    md.append("\n### Targets of issues 6 and 18\n\n| target | measured | met |\n|---|---|---|\n");
    BenchMain.SizeResult largest = results.get(results.size() - 1);
    String atLargest = " (N = " + fmtInt(largest.tables()) + ")";
    double version = ratio(largest, "version", "hello-jar");
    target(md, "`autogen --version` within 2× of a hello-world jar (`java -jar`)", String.format(Locale.ROOT, "%.2f× (CPU %.2f×)", version, cpuRatio(largest, "version", "hello-jar")), version <= 2);
    double intro = largest.phases().get("introspect")[0] / 1000 / largest.commands().get("floor").seconds();
    target(md, "introspection within 2× of the catalog-query floor" + atLargest, String.format(Locale.ROOT, "%.2f× (cold phase %.0f ms vs floor %.0f ms)", intro, largest.phases().get("introspect")[0], largest.commands().get("floor").seconds() * 1000), intro <= 2);
    for (var r : results) {
      if (r.tables() >= 1_000) {
        double h = ratio(r, "hibernate-migrate", "diff");
        target(md, "`autogen diff` ≥ 2× faster than Hibernate's script-only migrator (N = " + fmtInt(r.tables()) + ")", String.format(Locale.ROOT, "%.2f× faster (CPU %.2f×)", h, cpuRatio(r, "hibernate-migrate", "diff")), h >= 2);
        double g = ratio(r, "generate", "diff");
        target(md, "`autogen -m` within 1.5× of `autogen diff`, PostgreSQL (N = " + fmtInt(r.tables()) + ")", String.format(Locale.ROOT, "%.2f× (CPU %.2f×)", g, cpuRatio(r, "generate", "diff")), g <= 1.5);
      }
      if (r.commands().containsKey("mariadb-generate")) {
        md.append(mariaDbTarget(r.tables(), r.commands()));
      }
    }
    for (var r : results) {
      if (r.tables() == 1_000) {
        // issue 18's moonshot: a whole diff close to what no tool can beat, the JVM start plus
        // the catalog queries; reported, not required
        double floor = r.commands().get("floor").seconds() + r.commands().get("hello").seconds();
        double moon = r.commands().get("diff").seconds() / floor;
        target(md, "moonshot: `autogen diff` within 3× of (catalog-query floor + hello-world JVM start) (N = 1,000)", String.format(Locale.ROOT, "%.2f× (%.2f s vs %.2f s + %.2f s)", moon, r.commands().get("diff").seconds(), r.commands().get("floor").seconds(), r.commands().get("hello").seconds()), moon <= 3);
      }
    }
    double read = largest.phases().get("entities")[0] / 1000 / largest.javacSeconds();
    target(md, "entity reading under 1/3 of `javac`" + atLargest, String.format(Locale.ROOT, "%.2f of javac (%.0f ms vs %.0f ms)", read, largest.phases().get("entities")[0], largest.javacSeconds() * 1000), read < 1.0 / 3);
    double mem = Math.max(largest.commands().get("diff").peakMb(), largest.commands().get("generate").peakMb());
    target(md, "peak memory under 512 MB" + atLargest, String.format(Locale.ROOT, "%.0f MB", mem), mem < 512);
    for (int i = 1; i < results.size(); i++) {
      var a = results.get(i - 1);
      var b = results.get(i);
      double scale = (double) b.tables() / a.tables();
      String worst = null;
      double worstGrowth = 0;
      for (String phase : PHASES.keySet()) {
        if (phase.equals("connect") || phase.equals("render") || phase.equals("classify+plan")) {
          continue; // constant work: one change, one connection
        }
        double g = b.phases().get(phase)[1] / Math.max(0.5, a.phases().get(phase)[1]);
        if (g > worstGrowth) {
          worstGrowth = g;
          worst = PHASES.get(phase);
        }
      }
      target(md, "linear growth, N = " + fmtInt(a.tables()) + " → " + fmtInt(b.tables()) + " (" + fmtInt((int) scale) + "×): no phase grows more than N", String.format(Locale.ROOT, "worst warm phase %s grows %.1f×", worst, worstGrowth), worstGrowth <= scale);
    }
    // issue 5: JVM start is what the hello-world class takes in the same run
    double jvm = largest.commands().get("hello").seconds();
    double afterStart = lint.seconds() - jvm;
    target(md, "`autogen lint --base` on a clean pull request of the bundled example, no dev database: under 1 s after JVM start (issue 18; issue 5 asked 2 s)", String.format(Locale.ROOT, "%.2f s (whole process %.2f s, CPU %.2f s, minus JVM start %.2f s)", afterStart, lint.seconds(), lint.cpuSeconds(), jvm), afterStart < 1);
    target(md, "`autogen lint --skip-schema-check` on one migration of 10,000 statements (`LargeMigration`): under 5 s (issue 16)", String.format(Locale.ROOT, "%.2f s (CPU %.2f s)", lintLarge.seconds(), lintLarge.cpuSeconds()), lintLarge.seconds() < 5);
    return md.toString();
  }

  /** The label of a command's row. */
  static String command(String key) {
    return COMMANDS.get(key);
  }

  /** The row of the MariaDB target: issue 18 asks 1.5×, issue 15 asked 2×. */
  static String mariaDbTarget(int tables, Map<String, Measure.Result> commands) {
    Measure.Result g = commands.get("mariadb-generate");
    Measure.Result d = commands.get("mariadb-diff");
    double wall = g.seconds() / d.seconds();
    StringBuilder md = new StringBuilder();
    target(
        md,
        "`autogen -m` within 1.5× of `autogen diff`, MariaDB (N = " + fmtInt(tables) + "; issue 15 asked 2×)",
        String.format(Locale.ROOT, "%.2f× (CPU %.2f×; %.2f s vs %.2f s)", wall, g.cpuSeconds() / d.cpuSeconds(), g.seconds(), d.seconds()),
        wall <= 1.5);
    return md.toString();
  }

  private static double cpuRatio(BenchMain.SizeResult r, String a, String b) {
    return r.commands().get(a).cpuSeconds() / r.commands().get(b).cpuSeconds();
  }

  private static int phaseOrder(String a, String b) {
    List<String> order = List.of("entities", "connect", "introspect", "diff", "classify+plan", "render");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  private static void target(StringBuilder md, String what, String measured, boolean met) {
    md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
  }

  private static double ratio(BenchMain.SizeResult r, String a, String b) {
    return r.commands().get(a).seconds() / r.commands().get(b).seconds();
  }

  private static String fmtInt(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
