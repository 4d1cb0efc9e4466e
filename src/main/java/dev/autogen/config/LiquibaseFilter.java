package dev.autogen.config;

/**
 * Which changesets a Liquibase replay runs, as the project's own Liquibase runs them.
 *
 * @param contexts Liquibase contexts, comma-separated; empty for every changeset
 * @param labels a label filter expression; empty for every changeset
 */
public record LiquibaseFilter(String contexts, String labels) {}
