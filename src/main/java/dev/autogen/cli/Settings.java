package dev.autogen.cli;

import dev.autogen.entities.BeanValidationMode;
import dev.autogen.entities.NamingStrategy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting of a run after resolving options, environment, config file and defaults. */
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
    dev.autogen.devdb.ConnectTimeouts timeouts) {}
