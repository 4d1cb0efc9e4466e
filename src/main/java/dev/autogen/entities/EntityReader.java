package dev.autogen.entities;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.model.Column;
import dev.autogen.model.ColumnEncoding;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.IdSequence;
import dev.autogen.model.Identifier;
import dev.autogen.model.RenameHint;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import dev.autogen.model.SourceLocation;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import dev.autogen.model.UnwrittenColumn;
import dev.autogen.model.Warning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JPA entity sources (parsed with JavaParser, never compiled) into the desired {@link Schema}
 * as Hibernate 6/7 would create it on the given dialect. Every mapping the reader cannot honour is
 * reported as a warning with file and line; sources that do not parse, and invalid mappings, fail
 * the read. An instance holds no state between calls.
 */
public final class EntityReader {

  private final Dialect dialect;
  private final HibernateSettings settings;

  public EntityReader(Dialect dialect, NamingStrategy naming) {
    this(dialect, naming, BeanValidationMode.AUTO);
  }

  public EntityReader(Dialect dialect, NamingStrategy naming, BeanValidationMode beanValidation) {
    this(dialect, naming, beanValidation, false);
  }

  /**
   * @param quoteIdentifiers whether every table, column and sequence name is quoted (keeps its
   *     case), as with Hibernate's {@code hibernate.globally_quoted_identifiers=true}
   */
  public EntityReader(
      Dialect dialect,
      NamingStrategy naming,
      BeanValidationMode beanValidation,
      boolean quoteIdentifiers) {
    this(dialect, HibernateSettings.of(naming, beanValidation, quoteIdentifiers));
  }

  private EntityReader(Dialect dialect, HibernateSettings settings) {
    this.dialect = dialect;
    this.settings = settings;
  }

  /**
   * This reader for the application's Hibernate major version, where a difference is known and
   * switched (docs/mappings.md): before 7, Spring's snake-case strategy converts a quoted name's
   * text too (checked against hibernate-core 6.6.4's {@code CamelCaseToUnderscoresNamingStrategy});
   * otherwise the reader maps as Hibernate 7.
   */
  public EntityReader withHibernateMajor(int major) {
    return new EntityReader(dialect, settings.withHibernateMajor(major));
  }

  /**
   * This reader with Hibernate's {@code hibernate.type.preferred_instant_jdbc_type} as the
   * application sets it: {@code TIMESTAMP} stores {@code Instant} without a time zone (JHipster's
   * default); {@code TIMESTAMP_UTC} (Hibernate 7's default) and {@code TIMESTAMP_WITH_TIMEZONE}
   * with one. A type code number is accepted as Hibernate accepts it.
   *
   * @throws IllegalArgumentException for another value, naming the values accepted
   */
  public EntityReader withPreferredInstantJdbcType(String value) {
    JdbcKind kind =
        switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
          case "TIMESTAMP", "93" -> JdbcKind.TIMESTAMP;
          case "TIMESTAMP_UTC", "3003", "TIMESTAMP_WITH_TIMEZONE", "2014" ->
              JdbcKind.TIMESTAMP_WITH_TIMEZONE;
          default ->
              throw new IllegalArgumentException(
                  "hibernate.type.preferred_instant_jdbc_type '"
                      + value
                      + "' is not supported (TIMESTAMP, TIMESTAMP_UTC, TIMESTAMP_WITH_TIMEZONE)");
        };
    return new EntityReader(dialect, settings.withInstantKind(kind));
  }

  /** Walks {@code **}{@code /*.java} under each root and maps every {@code @Entity}. */
  public EntityModel read(List<Path> sourceRoots) throws EntityReadException {
    try {
      return readChecked(sourceRoots);
    } catch (SourceProblem problem) {
      throw problem.toException();
    }
  }

  /** As {@link #read(List)}, on the given threads (tests vary them; the result must not vary). */
  EntityModel read(List<Path> sourceRoots, Workers workers) throws EntityReadException {
    try {
      return readChecked(sourceRoots, workers);
    } catch (SourceProblem problem) {
      throw problem.toException();
    }
  }

  private EntityModel readChecked(List<Path> sourceRoots) {
    try (Workers workers = new Workers()) {
      return readChecked(sourceRoots, workers);
    }
  }

  private EntityModel readChecked(List<Path> sourceRoots, Workers workers) {
    SourceParser parser = new SourceParser();
    SourceParser.Scanned scanned = parser.scanAll(sourceRoots, workers);
    SourceIndex index = new SourceIndex(scanned.files(), scanned.deferred(), parser::load);
    AnnotationLookup lookup = new AnnotationLookup(index);
    try {
      return map(index, lookup, workers, XmlMappings.warnings(sourceRoots));
    } finally {
      // the calling thread looked annotations up too (the catalog, inheritance): its cache holds
      // every parsed tree through their parents, and a thread-local value outlives its reader
      lookup.forgetThisThread();
      parser.forgetThisThread();
    }
  }

  /** Maps files already parsed, on one worker ({@link ReadingWarmUp}). */
  EntityModel readParsed(List<SourceFile> files, SourceParser parser) {
    SourceIndex index = new SourceIndex(files);
    AnnotationLookup lookup = new AnnotationLookup(index);
    try (Workers workers = new Workers(1, java.util.Optional.empty())) {
      return map(index, lookup, workers, List.of());
    } finally {
      lookup.forgetThisThread();
      parser.forgetThisThread();
    }
  }

  private EntityModel map(
      SourceIndex index, AnnotationLookup lookup, Workers workers, List<Warning> xmlMappings) {
    MappingContext ctx =
        new MappingContext(
            dialect,
            index,
            lookup,
            new ConstantEvaluator(index),
            new Names(
                dialect.identifiers(),
                settings.naming(),
                settings.quoteIdentifiers(),
                settings.hibernateMajor() < 7),
            new Diagnostics(),
            BeanValidation.applies(settings.beanValidation(), index),
            settings.instantKind());
    xmlMappings.forEach(w -> ctx.diagnostics().warn(w.location(), w.message()));
    InheritanceCycles.check(ctx);
    EntityCatalog catalog = new EntityCatalog(ctx);
    EntityMapper mapper = new EntityMapper(ctx, catalog);
    IdentifierLengths lengths = new IdentifierLengths(dialect);
    Map<Identifier, Table> tables = new LinkedHashMap<>();
    Map<Identifier, Sequence> sequences = new LinkedHashMap<>();
    List<IdSequence> idSequences = new ArrayList<>();
    List<FieldColumn> fields = new ArrayList<>();
    List<UnwrittenColumn> unwritten = new ArrayList<>();
    List<ColumnEncoding> encodings = new ArrayList<>();
    List<RenameHint> renames = new ArrayList<>();
    List<RenameHint> evidence = new ArrayList<>();
    List<CollectionMapper.ForeignColumn> foreignColumns = new ArrayList<>();
    List<CompositeJoins.ReferencedUnique> referencedUniques = new ArrayList<>();
    List<EntityInfo> entities = catalog.entities();
    // which tables an entity maps and which only collections, for a table mapped twice
    Set<Identifier> entityTables = new HashSet<>();
    Set<Identifier> collectionTables = new HashSet<>();
    // mapped in parallel (issue 18), then merged in entity order as a sequential run would: the
    // first entity (by class name) whose mapping fails fails the read, tables keep their order
    // names are checked on the workers too: an entity's mapping error still comes before its
    // names', and the first entity in order with either fails the read
    List<Workers.Outcome<EntityMapper.Mapped>> outcomes =
        workers.map(entities, e -> checked(mapper.map(e), lengths, at(e)));
    for (int i = 0; i < entities.size(); i++) {
      EntityInfo entity = entities.get(i);
      EntityMapper.Mapped mapped = outcomes.get(i).get();
      Table table = mapped.table();
      Set<Identifier> ownColumns = new HashSet<>();
      if (collectionTables.remove(table.name())) {
        // an earlier entity's collection table: the table is this entity's (SharedTables)
        tables.put(table.name(), SharedTables.withCollection(table, tables.get(table.name())));
        encodings.removeIf(e -> e.table().equals(table.name()));
        table.columns().forEach(c -> ownColumns.add(c.name()));
      } else {
        Table earlier = tables.putIfAbsent(table.name(), table);
        if (earlier == null) {
          table.columns().forEach(c -> ownColumns.add(c.name()));
        } else {
          SharedTables.Merged merged = SharedTables.merge(earlier, table);
          tables.put(table.name(), merged.table());
          ownColumns.addAll(merged.added());
          for (Identifier column : merged.conflicting()) {
            ctx.diagnostics()
                .warn(
                    at(entity),
                    "column "
                        + table.name()
                        + "."
                        + column
                        + " is mapped differently by another entity of the same table; "
                        + entity.type().qualifiedName()
                        + "'s definition is ignored");
          }
        }
      }
      entityTables.add(table.name());
      for (Sequence sequence : mapped.sequences()) {
        keepFirst(
            sequences,
            sequence.name(),
            sequence,
            () ->
                ctx.diagnostics()
                    .warn(
                        at(entity),
                        "sequence "
                            + sequence.name()
                            + " is declared twice with different settings; the first is kept"));
      }
      for (Table generator : mapped.generatorTables()) {
        // entities share a generator table: one definition, the same from each
        keepFirst(
            tables,
            generator.name(),
            generator,
            () ->
                ctx.diagnostics()
                    .warn(
                        at(entity),
                        "table "
                            + generator.name()
                            + " of an id generator is already mapped differently;"
                            + " the first is kept"));
      }
      renames.addAll(mapped.renames());
      evidence.addAll(mapped.fieldNameEvidence());
      idSequences.addAll(mapped.idSequences());
      fields.addAll(mapped.fields());
      // of a table another entity maps too, what that entity says of a column stands
      mapped.unwritten().stream()
          .filter(u -> !u.table().equals(table.name()) || ownColumns.contains(u.column()))
          .forEach(unwritten::add);
      Set<Identifier> kept = new HashSet<>(Set.of(table.name()));
      for (Table collection : mapped.collectionTables()) {
        if (tables.putIfAbsent(collection.name(), collection) == null) {
          kept.add(collection.name());
          collectionTables.add(collection.name());
        } else if (entityTables.contains(collection.name())
            || collectionTables.contains(collection.name())) {
          tables.put(
              collection.name(),
              SharedTables.withCollection(tables.get(collection.name()), collection));
        } else {
          ctx.diagnostics()
              .warn(
                  at(entity),
                  "table "
                      + collection.name()
                      + " of a collection of "
                      + entity.entityName()
                      + " is already mapped; the first mapping is kept");
        }
      }
      foreignColumns.addAll(mapped.foreignColumns());
      referencedUniques.addAll(mapped.referencedUniques());
      // the encodings of the tables this entity maps (not of those another entity mapped first)
      mapped.encodings().stream()
          .filter(e -> kept.contains(e.table()))
          .filter(e -> !e.table().equals(table.name()) || ownColumns.contains(e.column()))
          .forEach(encodings::add);
    }
    for (CollectionMapper.ForeignColumn foreign : foreignColumns) {
      Table target = tables.get(foreign.table());
      if (target != null) {
        tables.put(target.name(), withColumn(target, foreign));
      }
    }
    for (CompositeJoins.ReferencedUnique referenced : referencedUniques) {
      Table target = tables.get(referenced.table());
      if (target != null) {
        tables.put(target.name(), withUnique(target, referenced.unique()));
      }
    }
    Set<Identifier> queries = SubselectEntities.names(ctx, entities);
    return new EntityModel(
        new Schema(
            List.copyOf(SubselectEntities.without(tables, queries).values()),
            List.copyOf(sequences.values())),
        renames,
        ctx.diagnostics().warnings(),
        evidence,
        idSequences.stream().filter(s -> !queries.contains(s.table())).toList(),
        fields.stream().filter(f -> !queries.contains(f.table())).toList(),
        encodings.stream().filter(e -> !queries.contains(e.table())).toList(),
        unwritten.stream().filter(u -> !queries.contains(u.table())).toList());
  }

  /** Keeps the first definition of {@code name}; a later one that differs is warned of. */
  private static <T> void keepFirst(
      Map<Identifier, T> definitions, Identifier name, T definition, Runnable warnDiffering) {
    T first = definitions.putIfAbsent(name, definition);
    if (first != null && !first.equals(definition)) {
      warnDiffering.run();
    }
  }

  private static EntityMapper.Mapped checked(
      EntityMapper.Mapped mapped, IdentifierLengths lengths, SourceLocation where) {
    lengths.check(mapped.table(), where);
    mapped.collectionTables().forEach(t -> lengths.check(t, where));
    mapped.generatorTables().forEach(t -> lengths.check(t, where));
    mapped.sequences().forEach(s -> lengths.check(s, where));
    return mapped;
  }

  /** The table with a column a one-to-many adds to it (kept once if the table maps it too). */
  private static Table withColumn(Table table, CollectionMapper.ForeignColumn foreign) {
    Column column = foreign.column().column();
    List<Column> columns = new ArrayList<>(table.columns());
    if (table.column(column.name()).isEmpty()) {
      columns.add(column);
    }
    List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
    foreign
        .foreignKey()
        .filter(fk -> foreignKeys.stream().noneMatch(f -> f.columns().equals(fk.columns())))
        .ifPresent(foreignKeys::add);
    return table.withColumns(columns).withForeignKeys(foreignKeys);
  }

  /** The table with a unique constraint a join to its non-key columns needs (kept once). */
  private static Table withUnique(Table table, UniqueConstraint unique) {
    if (table.uniques().stream()
        .anyMatch(u -> Set.copyOf(u.columns()).equals(Set.copyOf(unique.columns())))) {
      return table;
    }
    List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
    uniques.add(unique);
    return table.withUniques(uniques);
  }

  private static SourceLocation at(EntityInfo entity) {
    return entity.type().file().at(entity.type().declaration());
  }
}
