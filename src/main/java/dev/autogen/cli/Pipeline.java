package dev.autogen.cli;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Classifier;
import dev.autogen.config.Sourced;
import dev.autogen.devdb.MigrationFolder;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.Dialects;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.ColumnSpelling;
import dev.autogen.diff.Differ;
import dev.autogen.diff.TableSpelling;
import dev.autogen.diff.ViewMappings;
import dev.autogen.entities.EntityModel;
import dev.autogen.entities.EntityReadException;
import dev.autogen.entities.EntityReader;
import dev.autogen.git.GitEntitySources;
import dev.autogen.history.HistoryBase;
import dev.autogen.introspect.Introspection;
import dev.autogen.model.RenameHint;
import dev.autogen.model.TableStatistics;
import dev.autogen.plan.MigrationPlan;
import dev.autogen.plan.PlanOptions;
import dev.autogen.plan.Planner;
import dev.autogen.plan.PlanningException;
import dev.autogen.plan.TableCopies;
import dev.autogen.renames.RenameDecider;
import dev.autogen.renames.RenameDecision;
import dev.autogen.renames.RenameEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Runs the stages in order for the commands; turns stage errors into {@link UserError}s. */
final class Pipeline {

  private Pipeline() {}

  /**
   * The dialect a {@code --dialect} (or config {@code dialect=}) names, else the one the URL or dev
   * URL tells, else PostgreSQL. A named dialect that contradicts the URL is a usage error.
   */
  static Dialect dialect(Settings s) {
    try {
      Optional<Dialect> fromUrl =
          s.url().or(() -> s.devUrl().filter(u -> !u.isBlank())).map(Dialects::forUrl);
      if (s.dialect().isEmpty()) {
        return fromUrl.orElseGet(() -> Dialects.forName("postgres"));
      }
      Dialect named = Dialects.forName(s.dialect().get().strip());
      if (fromUrl.isPresent() && !fromUrl.get().name().equals(named.name())) {
        throw new UserError(
            ExitCode.USAGE,
            "--dialect " + s.dialect().get() + " does not match the database URL's dialect");
      }
      return named;
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** The configured dialect with the facts of the server read: version, time zone, table names. */
  static Dialect serverDialect(Dialect configured, Introspection current) {
    return Dialects.forServer(
        configured, current.serverVersion(), current.timeZone(), current.tableNames());
  }

  static PipelineResult analyse(Settings s, Progress progress) {
    Dialect configured = dialect(s);
    // options that cannot be right are refused before the database is asked anything
    RenameOptions.parse(s.renames(), configured.identifiers());
    BackfillOptions.check(s.backfills(), configured);
    for (Path root : s.entities()) {
      if (!Files.isDirectory(root)) {
        throw new UserError(ExitCode.USAGE, "entity source folder " + root + " does not exist");
      }
    }
    // the schema is read while the entities are parsed: one mostly waits on the database, the
    // other on the CPU (issue 6, docs/performance.md)
    ExecutorService schemaReader =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "autogen-schema");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<Introspection> schema =
          schemaReader.submit(() -> CurrentSchema.read(s, configured, progress));
      EntityModel entities = readEntities(s, configured, progress, schema);
      Introspection current = await(schema);
      Dialect server = serverDialect(configured, current);
      if (!server.types().mapsKindsLike(configured.types())) {
        // the server is another flavour than the URL said (a jdbc:mysql: URL reaching MariaDB,
        // whose UUIDs are uuid, not binary(16)): read the entities again as that server maps them
        entities = readEntities(s, server, progress, schema);
      }
      return analyse(s, configured, entities, current);
    } finally {
      schemaReader.shutdown();
    }
  }

  /**
   * The stages after reading, on a current schema read elsewhere: what {@link #analyse(Settings,
   * Progress)} does once the database has answered. The scenario goldens run it on a snapshot of a
   * fixture's schema, without a database.
   */
  static PipelineResult analyse(Settings s, Introspection current) {
    Dialect configured = dialect(s);
    Dialect server = serverDialect(configured, current);
    Dialect reading = server.types().mapsKindsLike(configured.types()) ? configured : server;
    try {
      return analyse(s, configured, entityReader(s, reading).read(s.entities()), current);
    } catch (EntityReadException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    }
  }

  private static EntityReader entityReader(Settings s, Dialect dialect) {
    EntityReader reader =
        new EntityReader(dialect, s.naming(), s.beanValidation(), s.globallyQuotedIdentifiers())
            .withHibernateMajor(
                s.spring().hibernate().map(dev.autogen.config.HibernateLine::major).orElse(7));
    if (s.preferredInstantJdbcType().isEmpty()) {
      return reader;
    }
    try {
      return reader.withPreferredInstantJdbcType(s.preferredInstantJdbcType().get());
    } catch (IllegalArgumentException e) {
      Sourced<String> origin = s.origins().get("preferred-instant-jdbc-type");
      throw new UserError(
          ExitCode.USAGE, (origin == null ? "" : origin.source() + ": ") + e.getMessage(), e);
    }
  }

  /**
   * The entity model; when reading fails, the schema read already running is waited for (a dev
   * database it starts must be stopped by its own thread) and its outcome dropped, so the entity
   * error is the one reported, as when the phases ran one after the other.
   */
  private static EntityModel readEntities(
      Settings s, Dialect configured, Progress progress, Future<Introspection> schema) {
    try {
      return progress.phase(
          "reading entities", () -> entityReader(s, configured).read(s.entities()));
    } catch (EntityReadException e) {
      settle(schema);
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      settle(schema);
      throw e;
    }
  }

  private static void settle(Future<Introspection> schema) {
    try {
      await(schema);
    } catch (RuntimeException ignored) {
      // the entity error is reported instead
    }
  }

  private static Introspection await(Future<Introspection> schema) {
    try {
      return schema.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError(ExitCode.DATABASE, "interrupted while reading the database schema", e);
    }
  }

  private static PipelineResult analyse(
      Settings s, Dialect configured, EntityModel entities, Introspection current) {
    // capabilities follow the server actually read (e.g. SET NOT NULL's CHECK shortcut needs 12+)
    Dialect dialect = serverDialect(configured, current);
    // MySQL with lower_case_table_names 1 or 2: the entity's `Ticket` is the table `ticket`
    entities =
        entities.withDesired(
            TableSpelling.alignTo(
                current.current(), entities.desired(), dialect.identifiers().tableNames()));
    if (!dialect.identifiers().caseSensitiveColumns()) {
      // MySQL: `Vet_id` in the mapping is the column `vet_id`, not a drop and an add
      entities =
          entities.withDesired(ColumnSpelling.alignTo(current.current(), entities.desired()));
    }
    List<RenameHint> renames = new ArrayList<>(entities.renames());
    List<RenameHint> options = RenameOptions.parse(s.renames(), dialect.identifiers());
    RenameOptions.checkAgainst(current.current(), options);
    renames.addAll(options);
    ChangeSet diffed =
        ViewMappings.withoutViews(
            Differ.forEntities().diff(current.current(), entities.desired(), renames),
            current.views());
    Optional<HistoryBase> history =
        RenameDecider.asksHistory(diffed) ? historyBase(s, dialect) : Optional.empty();
    RenameDecision decided =
        new RenameDecider().decide(diffed, new RenameEvidence(entities, history));
    List<Assessment> assessments =
        new Classifier(
                dialect,
                liveStatistics(s, current),
                s.planning().classifier(),
                entities.unwritten(),
                current.partitionKeys())
            .classify(decided.changes());
    return new PipelineResult(
        dialect,
        entities,
        current,
        decided.changes(),
        assessments,
        notes(s),
        history,
        decided.questions());
  }

  /** The entity sources at the history base, read from git as today's sources are read. */
  private static Optional<HistoryBase> historyBase(Settings s, Dialect dialect) {
    GitEntitySources git =
        new GitEntitySources(s.migrations(), s.entities(), entityReader(s, dialect));
    try {
      return HistoryBase.read(git, s.migrations(), s.historyBase());
    } catch (HistoryBase.UnreadableRevision e) {
      throw new UserError(
          ExitCode.USAGE,
          "cannot read the entity sources at --history-base "
              + s.historyBase().orElseThrow()
              + ": "
              + e.getMessage(),
          e.getCause());
    }
  }

  /**
   * A live database does not know about contract steps still waiting for {@code promote}; what they
   * will do shows up again as changes, and the user should know why.
   */
  private static List<String> notes(Settings s) {
    if (s.url().isEmpty()) {
      return List.of();
    }
    try {
      int waiting = MigrationFolder.list(s.deferred()).size();
      return waiting == 0
          ? List.of()
          : List.of(
              waiting
                  + " contract step(s) wait in "
                  + s.deferred()
                  + "; the database has not run them, so the changes they make are listed again "
                  + "(generate after promoting them, or use the dev database, which replays them)");
    } catch (java.io.IOException e) {
      throw new UserError(ExitCode.USAGE, "cannot read " + s.deferred() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sizes of a live database; a dev database's tables hold only what the migrations inserted, so
   * their sizes say nothing about production and are left out (unknown size).
   */
  private static List<TableStatistics> liveStatistics(Settings s, Introspection current) {
    return s.url().isPresent() ? current.statistics() : List.of();
  }

  static MigrationPlan plan(Settings s, PipelineResult r) {
    try {
      PlanOptions options =
          s.planning()
              .planOptions(s.backfills())
              .withEmptyTables(
                  liveStatistics(s, r.current()).stream()
                      .filter(TableStatistics::knownEmpty)
                      .map(TableStatistics::table)
                      .collect(Collectors.toSet()))
              .withIdSequences(
                  r.history().map(h -> h.entities().idSequences()).orElse(List.of()),
                  r.entities().idSequences())
              .withEncodings(r.entities().encodings())
              .withForeignKeyIndexes(r.current().foreignKeyIndexes());
      return new Planner(r.dialect(), options)
          .plan(r.assessments(), r.current().current(), r.entities().desired());
    } catch (PlanningException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    }
  }

  /**
   * The plan {@code -m} writes: {@link #plan} with the changes that would copy a table over {@code
   * --error-rows} refused, allowed ({@code --allow-copy}) or handed to pt-online-schema-change.
   */
  static MigrationPlan plan(Settings s, PipelineResult r, boolean forWriting) {
    MigrationPlan plan = plan(s, r);
    if (!forWriting) {
      return plan;
    }
    try {
      return TableCopies.route(
          plan,
          r.dialect(),
          liveStatistics(s, r.current()),
          s.planning().classifier(),
          s.planning().copyRoute(),
          table -> PtOscDsn.of(s, table));
    } catch (PlanningException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage(), e);
    }
  }
}
