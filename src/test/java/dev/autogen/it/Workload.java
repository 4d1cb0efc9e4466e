package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What one application version does to a table, written against its own entity shape: each round
 * inserts a row, updates it and reads it back, and reads the latest row the other version wrote.
 * Every statement that fails fails the test with the version and the statement in the message.
 * Remembers what it wrote, so that the end of a rollout can check that no row was lost.
 */
final class Workload {

  private final String version;
  private final String insert;
  private final String update;
  private final String select;
  private final IntFunction<String> values;
  private final Map<Long, String> written = new LinkedHashMap<>();
  private int counter;

  /**
   * @param insert inserts one row from {@code ?} (the value) and returns its id
   * @param update sets the value to {@code ?} of the row with id {@code ?}
   * @param select reads the value of the row with id {@code ?}
   */
  Workload(String version, String insert, String update, String select) {
    this(version, insert, update, select, n -> version + "-" + n);
  }

  /**
   * @param values the {@code n}-th value this version writes (n from 1; odd n are inserts, even n
   *     the updates of the row just inserted), for columns whose values have a shape of their own
   *     (numbers, enum constants, long strings); each must differ from the one before
   */
  Workload(
      String version, String insert, String update, String select, IntFunction<String> values) {
    this.version = version;
    this.insert = insert;
    this.update = update;
    this.select = select;
    this.values = values;
  }

  /** One round; {@code other} (may be null) is the other version, whose rows are read too. */
  void round(Connection c, Workload other) {
    long id = insert(c, values.apply(++counter));
    String value = values.apply(++counter);
    run(
        c,
        update,
        ps -> {
          ps.setString(1, value);
          ps.setLong(2, id);
        });
    written.put(id, value);
    assertThat(read(c, id)).as(version + " reads back its own row " + id).isEqualTo(value);
    if (other != null && !other.written.isEmpty()) {
      // the other version's latest row: written after the expand step, so mirrored at once (rows
      // from before the expand step reach the new column only through the backfill)
      Map.Entry<Long, String> theirs = null;
      for (Map.Entry<Long, String> e : other.written.entrySet()) {
        theirs = e;
      }
      assertThat(read(c, theirs.getKey()))
          .as(version + " reads row " + theirs.getKey() + " written by " + other.version)
          .isEqualTo(theirs.getValue());
    }
  }

  /** What this version wrote last, per row id. */
  Map<Long, String> written() {
    return written;
  }

  List<Long> ids() {
    return new ArrayList<>(written.keySet());
  }

  String read(Connection c, long id) {
    try (PreparedStatement ps = c.prepareStatement(select)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(version + ": row " + id + " exists").isTrue();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(version + " code failed on: " + select + ": " + e.getMessage(), e);
    }
  }

  private long insert(Connection c, String value) {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      ps.setString(1, value);
      // execute, not executeQuery: MySQL's driver refuses executeQuery for an INSERT ... RETURNING
      ps.execute();
      try (ResultSet rs = ps.getResultSet()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(version + " code failed on: " + insert + ": " + e.getMessage(), e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void run(Connection c, String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      assertThat(ps.executeUpdate()).as(version + ": " + sql).isEqualTo(1);
    } catch (SQLException e) {
      throw new AssertionError(version + " code failed on: " + sql + ": " + e.getMessage(), e);
    }
  }
}
