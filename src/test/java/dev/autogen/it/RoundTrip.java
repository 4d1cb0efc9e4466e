package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Classifier;
import dev.autogen.devdb.MigrationReplayer;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.dialect.IdentifierRules;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.introspect.Introspection;
import dev.autogen.introspect.Introspector;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.PlanOptions;
import dev.autogen.plan.Planner;
import dev.autogen.render.RenderSettings;
import dev.autogen.render.RenderedFile;
import dev.autogen.render.Renderer;
import dev.autogen.render.TemplateSource;
import dev.autogen.verify.Revisions;
import dev.autogen.verify.Verifier;
import dev.autogen.verify.VerifyStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated round trip on the local PostgreSQL, in a schema of its own: A is created by
 * autogen's own plan from an empty schema, rows are inserted, A → B is planned as {@code -m} plans
 * it (diff, classify, plan, render), every step is applied with the rows present, the schema must
 * equal B and A's rows keep their values; then every downgrade runs newest first, the schema must
 * equal the one before its step, and when no step was lossy the rows are A's again.
 */
final class RoundTrip {

  /** The server a round trip runs on: its dialect, a fresh schema, and its SQL for rows. */
  interface Target {
    Dialect dialect();

    void inFreshSchema(LocalPostgres.SchemaWork work) throws Exception;

    /** A literal for row {@code i} of a column of {@code type}. */
    String literal(SqlType type, int i, String salt);

    /** The column's value as text, for comparing rows. */
    String asText(String quotedColumn);
  }

  /** The local PostgreSQL, in a schema named {@code rt_...}. */
  static final Target POSTGRES =
      new Target() {
        @Override
        public Dialect dialect() {
          return PostgresDialect.create();
        }

        @Override
        public void inFreshSchema(LocalPostgres.SchemaWork work) throws Exception {
          LocalPostgres.inSchema("rt", work);
        }

        @Override
        public String literal(SqlType type, int i, String salt) {
          return ColumnKind.of(type).literal(i, salt);
        }

        @Override
        public String asText(String quotedColumn) {
          return quotedColumn + "::text";
        }
      };

  private RoundTrip() {}

  static void run(SchemaPair pair) throws Exception {
    run(pair, POSTGRES);
  }

  static void run(SchemaPair pair, Target target) throws Exception {
    Path work = Files.createTempDirectory("roundtrip");
    try {
      target.inFreshSchema((c, schema) -> new Run(target).run(pair, c, schema, work));
    } finally {
      try (var s = Files.walk(work)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static final class Run {
    private final Target target;
    private final IdentifierRules names;

    Run(Target target) {
      this.target = target;
      this.names = target.dialect().identifiers();
    }

    private void run(SchemaPair pair, Connection c, String schema, Path work) throws Exception {
      List<VerifyStep> create = plan(c, schema, pair.a(), List.of(), work.resolve("a"));
      for (VerifyStep step : create) {
        MigrationReplayer.apply(c, step.migration().path().getParent(), step.migration());
      }
      assertThat(differences(pair.a(), read(c, schema)))
          .as("schema A as autogen created it, from A to the schema found")
          .isEmpty();
      insertRows(c, pair);
      Map<Identifier, Map<String, Map<String, String>>> rowsA = rows(c, pair.a());

      List<VerifyStep> steps = plan(c, schema, pair.b(), pair.renames(), work.resolve("b"));
      List<Schema> before = new ArrayList<>();
      for (VerifyStep step : steps) {
        before.add(read(c, schema));
        MigrationReplayer.apply(c, step.migration().path().getParent(), step.migration());
      }
      assertThat(differences(pair.b(), read(c, schema)))
          .as("schema after every step, from B to the schema found")
          .isEmpty();
      Map<Identifier, Map<String, Map<String, String>>> rowsB = rows(c, pair.b());
      for (Table t : pair.a().tables()) {
        Identifier inB = pair.tableInB(t.name());
        pair.b()
            .table(inB)
            .ifPresent(
                b ->
                    assertThat(shared(rowsB.get(inB), b, t, pair))
                        .as("rows of " + inB + " after the upgrade, in the columns A and B share")
                        .isEqualTo(asInB(rowsA.get(t.name()), b, t, pair)));
      }

      boolean lossy = false;
      for (int i = steps.size() - 1; i >= 0; i--) {
        VerifyStep step = steps.get(i);
        assertThat(step.undo()).as("downgrade of " + step.name()).exists();
        String undo = Files.readString(step.undo(), StandardCharsets.UTF_8);
        lossy |= undo.contains("IRREVERSIBLE");
        MigrationReplayer.apply(
            c,
            step.undo().getParent(),
            new dev.autogen.devdb.MigrationFile(step.undo(), "1", "undo", true));
        assertThat(differences(before.get(i), read(c, schema)))
            .as(
                "schema after "
                    + step.undoName()
                    + ", from the one before the step to the one found")
            .isEmpty();
        if (lossy) {
          // its data is gone, so older downgrades that need it cannot succeed (as in ScenarioIT)
          break;
        }
      }
      if (!lossy) {
        assertThat(rows(c, pair.a())).as("rows after every downgrade").isEqualTo(rowsA);
      }
    }

    /** The files of autogen's plan from the schema {@code c} holds to {@code desired}, in order. */
    private List<VerifyStep> plan(
        Connection c, String schema, Schema desired, List<RenameHint> renames, Path root)
        throws Exception {
      Introspection current = new Introspector(target.dialect()).read(c, schema);
      Dialect dialect =
          Dialects.forServer(target.dialect(), current.serverVersion(), current.timeZone());
      ChangeSet changes = new Differ().diff(current.current(), desired, renames);
      if (changes.isEmpty()) {
        return List.of();
      }
      MigrationPlan plan =
          new Planner(
                  dialect, PlanOptions.none().withForeignKeyIndexes(current.foreignKeyIndexes()))
              .plan(
                  new Classifier(dialect, current.statistics()).classify(changes),
                  current.current(),
                  desired);
      List<RenderedFile> files =
          new Renderer(dialect, TemplateSource.bundled())
              .render(
                  plan,
                  RenderSettings.defaults(
                      "1", "step", root.resolve("m"), root.resolve("d"), root.resolve("r")));
      for (RenderedFile f : files) {
        Files.createDirectories(f.path().getParent());
        Files.writeString(f.path(), f.text(), StandardCharsets.UTF_8);
      }
      return Revisions.read(root.resolve("m"), root.resolve("d"), root.resolve("r"), true).steps();
    }

    private Schema read(Connection c, String schema) throws Exception {
      return new Introspector(target.dialect()).read(c, schema).current();
    }

    private List<String> differences(Schema expected, Schema found) {
      return new Differ()
          .diff(expected, found, List.of()).changes().stream().map(Verifier::describe).toList();
    }

    /**
     * Rows of A: a distinct value per row in every column but the foreign keys'; a foreign key
     * points at the row itself when it refers to its own table, at a row of a table filled before,
     * else is left empty.
     */
    private void insertRows(Connection c, SchemaPair pair) throws Exception {
      Map<Identifier, Integer> filledTables = new LinkedHashMap<>();
      try (Statement s = c.createStatement()) {
        for (Table t : pair.a().tables()) {
          int count = pair.rows().getOrDefault(t.name(), 0);
          for (int i = 0; i < count; i++) {
            Map<Identifier, String> values = new LinkedHashMap<>();
            for (Column col : t.columns()) {
              values.put(col.name(), target.literal(col.type(), i, pair.salt()));
            }
            for (ForeignKey f : t.foreignKeys()) {
              int target =
                  f.referencedTable().equals(t.name())
                      ? i
                      : filledTables.getOrDefault(f.referencedTable(), 0) > 0
                          ? i % filledTables.get(f.referencedTable())
                          : -1;
              Table referenced = pair.a().table(f.referencedTable()).orElseThrow();
              for (int k = 0; k < f.columns().size(); k++) {
                Column key = referenced.column(f.referencedColumns().get(k)).orElseThrow();
                values.put(
                    f.columns().get(k),
                    target < 0 ? "NULL" : this.target.literal(key.type(), target, pair.salt()));
              }
            }
            s.execute(
                "INSERT INTO "
                    + names.quote(t.name())
                    + " ("
                    + values.keySet().stream().map(names::quote).collect(Collectors.joining(", "))
                    + ") VALUES ("
                    + String.join(", ", values.values())
                    + ")");
          }
          filledTables.put(t.name(), count);
        }
      }
    }

    /** Each table's rows by key text: column name to value text (null for NULL). */
    private Map<Identifier, Map<String, Map<String, String>>> rows(Connection c, Schema schema)
        throws Exception {
      Map<Identifier, Map<String, Map<String, String>>> all = new LinkedHashMap<>();
      try (Statement s = c.createStatement()) {
        for (Table t : schema.tables()) {
          List<Identifier> key = t.primaryKey().orElseThrow().columns();
          String sql =
              "SELECT "
                  + t.columns().stream()
                      .map(col -> target.asText(names.quote(col.name())))
                      .collect(Collectors.joining(", "))
                  + " FROM "
                  + names.quote(t.name());
          Map<String, Map<String, String>> rows = new LinkedHashMap<>();
          try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
              Map<String, String> row = new LinkedHashMap<>();
              for (int i = 0; i < t.columns().size(); i++) {
                row.put(t.columns().get(i).name().value(), rs.getString(i + 1));
              }
              rows.put(
                  key.stream().map(k -> row.get(k.value())).collect(Collectors.joining("|")), row);
            }
          }
          all.put(t.name(), rows);
        }
      }
      return all;
    }

    /** B's rows in the columns that are A's, renamed or not. */
    private Map<String, Map<String, String>> shared(
        Map<String, Map<String, String>> rows, Table b, Table a, SchemaPair pair) {
      List<String> fromA =
          a.columns().stream().map(col -> pair.columnInB(a.name(), col.name()).value()).toList();
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      rows.forEach(
          (key, row) -> {
            Map<String, String> kept = new LinkedHashMap<>();
            row.forEach(
                (col, value) -> {
                  if (fromA.contains(col)) {
                    kept.put(col, value);
                  }
                });
            out.put(key, kept);
          });
      return out;
    }

    /** A's rows under B's column names, in the columns B still has. */
    private Map<String, Map<String, String>> asInB(
        Map<String, Map<String, String>> rows, Table b, Table a, SchemaPair pair) {
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      rows.forEach(
          (key, row) -> {
            Map<String, String> kept = new LinkedHashMap<>();
            row.forEach(
                (col, value) -> {
                  Identifier name = pair.columnInB(a.name(), Identifier.of(col));
                  if (b.column(name).isPresent()) {
                    kept.put(name.value(), value);
                  }
                });
            out.put(key, kept);
          });
      return out;
    }
  }
}
