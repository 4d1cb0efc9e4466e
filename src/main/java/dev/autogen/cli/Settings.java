package dev.autogen.cli;

import dev.autogen.config.Sourced;
import dev.autogen.config.SpringBootConfig;
import dev.autogen.entities.BeanValidationMode;
import dev.autogen.entities.NamingStrategy;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of a run after resolving options, environment, config file, the project's Spring
 * Boot configuration and defaults.
 *
 * @param flyway Flyway configuration keys ({@code flyway.*}) from the config file, for the replay
 * @param spring the project's Spring Boot configuration (Flyway placeholders, notes)
 * @param format what {@code -m} writes: Flyway migrations or Liquibase changelogs
 * @param changelog the Liquibase master changelog (Liquibase format only)
 * @param liquibaseFilter the contexts and labels the Liquibase replay runs: option, config file,
 *     Spring's {@code spring.liquibase.*}, then {@code liquibase.properties}
 * @param author the Liquibase changesets' author as configured (else git's user.name)
 * @param toolTables the tables the migration tools' own configuration files name as theirs ({@code
 *     flyway.conf}, {@code flyway.toml}, {@code liquibase.properties})
 * @param flywayFiles what Flyway's own files say of the migrations (locations, placeholders), for a
 *     project that runs Flyway from its command-line tool
 * @param origins where the settings that may come from several places came from, by setting name
 *     (shown value, source), for {@code --verbose}
 */
record Settings(
    Optional<String> url,
    Optional<String> user,
    Optional<String> password,
    String schema,
    Optional<String> devUrl,
    List<Path> entities,
    NamingStrategy naming,
    BeanValidationMode beanValidation,
    boolean globallyQuotedIdentifiers,
    Optional<String> preferredInstantJdbcType,
    List<String> renames,
    Path migrations,
    Path deferred,
    Path rollback,
    Optional<Path> templates,
    Map<String, String> backfills,
    String lockTimeout,
    String statementTimeout,
    PlanningSettings planning,
    List<String> lintAllow,
    Optional<String> dialect,
    Optional<String> historyBase,
    dev.autogen.devdb.ConnectTimeouts timeouts,
    Map<String, String> flyway,
    SpringBootConfig spring,
    MigrationFormat format,
    Optional<Path> changelog,
    dev.autogen.config.LiquibaseFilter liquibaseFilter,
    Optional<String> author,
    List<Sourced<String>> toolTables,
    dev.autogen.config.FlywayToolConfig flywayFiles,
    Map<String, Sourced<String>> origins) {

  /**
   * The Flyway configuration the replay uses: Flyway's own files' ({@code flyway.conf}, {@code
   * flyway.toml}), then Spring's {@code spring.flyway.*}, then autogen's, a later one winning.
   */
  Map<String, String> flywayConfiguration() {
    Map<String, String> out = new java.util.LinkedHashMap<>(flywayFiles.replay());
    out.putAll(spring.flywayConfiguration());
    out.putAll(flyway);
    return out;
  }

  /**
   * The tables the project's migration tool keeps under names of its own ({@code flyway.table},
   * Spring's {@code spring.flyway.table}, Liquibase table names, the tools' own configuration
   * files), besides the default names the introspector always leaves out.
   */
  Set<String> migrationToolTables() {
    Set<String> out = new HashSet<>(spring.migrationToolTables());
    toolTables.forEach(t -> out.add(t.value()));
    Optional.ofNullable(flywayConfiguration().get("flyway.table"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .ifPresent(out::add);
    return Set.copyOf(out);
  }

  /** How the dev database is brought to the current state: the project's own engine. */
  dev.autogen.devdb.HistoryReplay history() {
    return dev.autogen.config.ProjectHistory.replay(
        spring,
        url.or(() -> devUrl),
        migrations,
        deferred,
        flywayConfiguration(),
        flywayFiles,
        changelog,
        liquibaseFilter);
  }
}
