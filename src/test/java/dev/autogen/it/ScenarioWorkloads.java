package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The old-code and new-code workloads of a fixture scenario, read from its workload file (e.g.
 * {@code workload.mariadb.properties}): one group per table the code works on, each key prefixed
 * with the group's name.
 *
 * <pre>
 * users.crossRead=true            each version reads what the other wrote (a shared value)
 * users.old.insert=INSERT ... (?) RETURNING id
 * users.old.update=UPDATE ... SET v = ? WHERE id = ?
 * users.old.select=SELECT v FROM ... WHERE id = ?
 * users.old.values=number         optional: values 1, 2, ... instead of old-1, old-2, ...
 * users.old.cleanup=DELETE FROM ... WHERE id = ?   in the shape after the last step
 * users.new.insert=...            the same keys for the new version
 * </pre>
 *
 * Once every step ran, each row a version wrote is deleted with its {@code cleanup} statement,
 * which must delete exactly that row: no row was lost, and the fixture's {@code verify-up} query
 * sees the rows of {@code rows.sql} only.
 */
final class ScenarioWorkloads {

  private record Group(Rollout.Versions versions, String oldCleanup, String newCleanup) {}

  private final List<Group> groups;

  private ScenarioWorkloads(List<Group> groups) {
    this.groups = List.copyOf(groups);
  }

  static ScenarioWorkloads read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    TreeSet<String> names = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      names.add(key.substring(0, key.indexOf('.')));
    }
    List<Group> groups = new ArrayList<>();
    for (String name : names) {
      groups.add(
          new Group(
              new Rollout.Versions(
                  workload(p, name, "old"),
                  workload(p, name, "new"),
                  Boolean.parseBoolean(required(p, name + ".crossRead"))),
              required(p, name + ".old.cleanup"),
              required(p, name + ".new.cleanup")));
    }
    assertThat(groups).as("workload groups in " + file).isNotEmpty();
    return new ScenarioWorkloads(groups);
  }

  List<Rollout.Versions> versions() {
    return groups.stream().map(Group::versions).toList();
  }

  /**
   * After the last step: the new version reads every row either wrote where they share the value,
   * then each row is deleted, which finds it (none lost).
   */
  void checkAndRemoveRows(Connection c) throws SQLException {
    for (Group g : groups) {
      Rollout.Versions v = g.versions();
      if (v.crossRead()) {
        RolloutRunner.writtenReadable(c, v.neu(), v.old(), v.neu());
      }
      remove(c, v.old(), g.oldCleanup());
      remove(c, v.neu(), g.newCleanup());
    }
  }

  private static void remove(Connection c, Workload w, String cleanup) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(cleanup)) {
      for (Long id : w.ids()) {
        ps.setLong(1, id);
        assertThat(ps.executeUpdate()).as("row " + id + " kept to the end: " + cleanup).isOne();
      }
    }
  }

  private static Workload workload(Properties p, String group, String version) {
    String prefix = group + "." + version + ".";
    String shape = p.getProperty(prefix + "values", "text");
    IntFunction<String> values =
        switch (shape) {
          case "text" -> n -> group + "-" + version + "-" + n;
          case "number" -> String::valueOf;
          default -> throw new IllegalArgumentException(prefix + "values: " + shape);
        };
    return new Workload(
        group + " " + version,
        required(p, prefix + "insert"),
        required(p, prefix + "update"),
        required(p, prefix + "select"),
        values);
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("workload file lacks " + key);
    }
    return value;
  }
}
