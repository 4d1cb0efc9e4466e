/**
 * What the project around autogen already says, read from its own files: Spring Boot's {@code
 * application.*} documents with profiles and environment variables ({@link
 * dev.autogen.config.SpringBootConfig}), the Hibernate version its build file brings ({@link
 * dev.autogen.config.HibernateLine}), the migration tool the build depends on, where Flyway or
 * Liquibase keep their migrations and how the history is replayed ({@link
 * dev.autogen.config.ProjectHistory}), the names the tools' own configuration files give their
 * tables ({@link dev.autogen.config.ToolConfigFiles}), and, for a project that runs Flyway from its
 * command-line tool, the locations and placeholders of its {@code flyway.conf} or {@code
 * flyway.toml} ({@link dev.autogen.config.FlywayToolConfig}).
 *
 * <p>In: a project folder, profiles and the environment. Out: values, each with the file and key it
 * came from ({@link dev.autogen.config.Sourced}), or a {@link dev.autogen.config.ConfigException}
 * naming the file that cannot be read. It only reads: it never writes a file, touches a database or
 * prints. The only YAML and TOML reader; it knows nothing of schemas, plans or lint rules.
 */
package dev.autogen.config;
