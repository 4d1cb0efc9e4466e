package dev.autogen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every schema-reading command shares. Unset values fall back to the environment ({@code
 * AUTOGEN_URL}, {@code AUTOGEN_USER}, {@code AUTOGEN_PASSWORD}), then the config file, then
 * defaults (see {@link SettingsResolver}).
 */
final class CommonOptions {

  @Option(
      names = "--url",
      description = "JDBC URL of the database to compare with (env AUTOGEN_URL).")
  String url;

  @Option(names = "--user", description = "Database user (env AUTOGEN_USER).")
  String user;

  @Option(names = "--password", description = "Database password (env AUTOGEN_PASSWORD).")
  String password;

  @Option(
      names = "--connect-timeout",
      description =
          "How long to wait for the database to accept a connection and log in, e.g. 10s, 500ms"
              + " (default: 10s); then exit 3.")
  String connectTimeout;

  @Option(
      names = "--socket-timeout",
      description = "How long to wait for any one answer of the database (default: 5m).")
  String socketTimeout;

  @Option(
      names = "--schema",
      description =
          "Schema to read and migrate (default: public on PostgreSQL, the URL's database on"
              + " MySQL/MariaDB).")
  String schema;

  @Option(
      names = "--dev-url",
      description =
          "Dev database used when no --url is set: a jdbc: URL (a throwaway schema is made there), "
              + "docker://postgres:16, docker://mariadb:11 or docker://mysql:8 (Testcontainers,"
              + " needs Docker), or empty for an embedded PostgreSQL.")
  String devUrl;

  @Option(
      names = "--dialect",
      description =
          "postgres, mysql or mariadb (env AUTOGEN_DIALECT; default: from --url or --dev-url,"
              + " else postgres). Needed when no URL tells, e.g. lint --skip-schema-check.")
  String dialect;

  @Option(
      names = "--history-base",
      description =
          "Git revision whose entity sources the current schema was generated from, compared with"
              + " the working tree for renamed fields and id sequences (default: the newest commit"
              + " that touched the migrations folder, else HEAD).")
  String historyBase;

  @Option(names = "--entities", description = "Root folder of entity sources (repeatable).")
  List<Path> entities = new ArrayList<>();

  @Option(
      names = "--naming",
      description =
          "Naming: jpa, spring (Spring Boot's defaults) or spring-standard (Spring Boot with"
              + " PhysicalNamingStrategyStandardImpl) (default: jpa; Spring's configuration when it"
              + " has one).")
  String naming;

  @Option(
      names = "--bean-validation",
      description =
          "Bean Validation constraints as DDL (as Hibernate does with a validator present): auto"
              + " (on when the sources import jakarta/javax.validation), on or off (default:"
              + " auto).")
  String beanValidation;

  @Option(
      names = "--globally-quoted-identifiers",
      arity = "0..1",
      description =
          "Every table, column and sequence name is quoted and keeps its case, as with Hibernate's"
              + " hibernate.globally_quoted_identifiers=true (default: false).")
  Boolean globallyQuotedIdentifiers;

  @Option(
      names = "--preferred-instant-jdbc-type",
      description =
          "How Instant is stored, as Hibernate's hibernate.type.preferred_instant_jdbc_type:"
              + " TIMESTAMP (no time zone), TIMESTAMP_UTC or TIMESTAMP_WITH_TIMEZONE (default:"
              + " the Spring Boot configuration's, else TIMESTAMP_UTC).")
  String preferredInstantJdbcType;

  @Option(
      names = "--rename",
      description =
          "A rename to apply: table.old=new for a column, old=new for a table (repeatable).")
  List<String> renames = new ArrayList<>();

  @Option(names = "--migrations", description = "Folder of runnable migrations.")
  Path migrations;

  @Option(names = "--deferred", description = "Folder where contract steps wait.")
  Path deferred;

  @Option(names = "--rollback", description = "Folder of downgrade scripts.")
  Path rollback;

  @Option(names = "--templates", description = "Folder of templates overriding the bundled ones.")
  Path templates;

  @Option(
      names = "--changelog",
      description =
          "Liquibase master changelog that new changelogs are included from (default: Spring's"
              + " spring.liquibase.change-log, else src/main/resources/db/changelog/db.changelog-master.yaml).")
  Path changelog;

  @Option(
      names = "--liquibase-contexts",
      description =
          "Liquibase contexts the replay runs, as Liquibase's --contexts (default: Spring's"
              + " spring.liquibase.contexts, else contexts in liquibase.properties; all).")
  String liquibaseContexts;

  @Option(
      names = "--liquibase-label-filter",
      description =
          "Liquibase label expression the replay runs, as Liquibase's --label-filter (default:"
              + " Spring's spring.liquibase.label-filter, else labelFilter in liquibase.properties;"
              + " all).")
  String liquibaseLabels;

  /** Set by a command that takes the format as an option ({@code -m --format liquibase}). */
  MigrationFormat migrationFormat;

  @Option(
      names = "--author",
      description = "Author of Liquibase changesets (default: git user.name, else autogen).")
  String author;

  @Option(
      names = "--backfill",
      description = "Value for existing rows, table.column=SQL expression (repeatable).")
  Map<String, String> backfills = new LinkedHashMap<>();

  @picocli.CommandLine.Mixin PlanningOptions planning = new PlanningOptions();

  @Option(
      names = "--profile",
      split = ",",
      description =
          "Spring profile(s) whose application-<profile>.properties/.yml are read (default:"
              + " SPRING_PROFILES_ACTIVE, else spring.profiles.active).")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--config",
      description = "Properties file (default: ./autogen.properties if present).")
  Path config;
}
