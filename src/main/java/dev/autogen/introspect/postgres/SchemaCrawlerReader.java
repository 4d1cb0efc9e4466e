package dev.autogen.introspect.postgres;

import dev.autogen.introspect.Introspector;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * The part of introspection SchemaCrawler does cheaply: the server version and the list of tables
 * (regular and partitioned) in one schema, each retrieved with one catalog-wide metadata call.
 *
 * <p>Everything per table (columns, keys, indexes, constraints) is left off the info level on
 * purpose: SchemaCrawler fetches those with per-table metadata calls, which took 10 s for 1,000
 * tables and 77 s for 5,000; see {@link Introspector}.
 */
final class SchemaCrawlerReader {

  /** What the crawl found. */
  record Crawl(Set<String> tableNames, String serverVersion) {
    Crawl {
      tableNames = Set.copyOf(tableNames);
    }
  }

  Crawl read(Connection connection, String schema) {
    DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
    SchemaRetrievalOptions retrieval = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
    Catalog catalog =
        SchemaCrawlerUtility.getCatalog(source, retrieval, options(schema), new Config());
    Set<String> names =
        catalog.getTables().stream()
            .map(schemacrawler.schema.Table::getName)
            .collect(java.util.stream.Collectors.toSet());
    return new Crawl(names, catalog.getDatabaseInfo().getDatabaseProductVersion());
  }

  private static SchemaCrawlerOptions options(String schema) {
    SchemaInfoLevelBuilder level =
        SchemaInfoLevelBuilder.builder().withInfoLevel(InfoLevel.minimum);
    level.setRetrieveDatabaseInfo(true);
    level.setRetrieveTables(true);
    level.setRetrieveTableColumns(false);
    level.setRetrieveColumnDataTypes(false);
    level.setRetrievePrimaryKeys(false);
    String quoted = '"' + schema.replace("\"", "\"\"") + '"';
    InclusionRule onlySchema = name -> name.equals(schema) || name.equals(quoted);
    LimitOptionsBuilder limit =
        LimitOptionsBuilder.builder()
            .includeSchemas(onlySchema)
            .tableTypes(List.of("TABLE", "PARTITIONED TABLE"));
    // one thread: the crawl shares the caller's connection and its read-only transaction
    LoadOptionsBuilder load =
        LoadOptionsBuilder.builder().withSchemaInfoLevel(level.toOptions()).withMaxThreads(1);
    return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(limit.toOptions())
        .withLoadOptions(load.toOptions());
  }
}
