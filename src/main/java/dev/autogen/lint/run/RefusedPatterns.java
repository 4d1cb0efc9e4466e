package dev.autogen.lint.run;

import static dev.autogen.lint.run.RefusedPattern.anywhere;
import static dev.autogen.lint.run.RefusedPattern.call;
import static dev.autogen.lint.run.RefusedPattern.check;
import static dev.autogen.lint.run.RefusedPattern.statement;
import static dev.autogen.lint.run.RefusedPattern.statementOnly;

import dev.autogen.dialect.Dialect;
import java.util.List;
import java.util.Set;

/**
 * The statements the sandbox guard refuses, one list per database family, as data. Each names what
 * it would reach outside the throwaway database: other databases, roles and users, the server's
 * settings, files and programs, other sessions, other servers.
 */
public final class RefusedPatterns {
  /** Extensions PostgreSQL 13+ marks trusted (a database owner may create them). */
  static final Set<String> TRUSTED_EXTENSIONS =
      Set.of(
          "btree_gin",
          "btree_gist",
          "citext",
          "cube",
          "dict_int",
          "fuzzystrmatch",
          "hstore",
          "intarray",
          "isn",
          "lo",
          "ltree",
          "pgcrypto",
          "pg_trgm",
          "plpgsql",
          "seg",
          "tablefunc",
          "tcn",
          "tsm_system_rows",
          "tsm_system_time",
          "unaccent",
          "uuid-ossp");

  /** Languages whose functions cannot touch the server's files or programs. */
  static final Set<String> TRUSTED_LANGUAGES = Set.of("sql", "plpgsql", "plperl", "pltcl", "plv8");

  static final String OTHER_DATABASE = "other databases";
  static final String ROLES = "roles and users of the whole server";
  static final String SETTINGS = "the server's settings";
  static final String FILES = "the server's files or programs";
  static final String SESSIONS = "other sessions";
  static final String SERVERS = "other servers";

  private static final List<RefusedPattern> POSTGRES =
      List.of(
          statement(OTHER_DATABASE, "drop|create|alter", "database"),
          statement(OTHER_DATABASE, "comment", "on", "database|role|tablespace"),
          statement(ROLES, "create|alter|drop", "role|user|group"),
          statement(ROLES, "reassign", "owned"),
          statement(ROLES, "set", "session|local?", "role"),
          statement(ROLES, "set", "session|local?", "session", "authorization"),
          check("role-grant", ROLES),
          statement(SETTINGS, "alter", "system"),
          statement(FILES, "load", "'"),
          statement(FILES, "create|alter|drop", "tablespace"),
          statement(FILES, "create", "or?", "replace?", "trusted?", "procedural?", "language"),
          check("copy-server-side", FILES),
          check("untrusted-extension", FILES),
          check("untrusted-language", FILES),
          call("pg_read_file", FILES),
          call("pg_read_binary_file", FILES),
          call("pg_ls_dir", FILES),
          call("pg_stat_file", FILES),
          call("pg_file_write", FILES),
          call("lo_import", FILES),
          call("lo_export", FILES),
          call("pg_reload_conf", SETTINGS),
          call("pg_rotate_logfile", SETTINGS),
          check("set-config-role", ROLES),
          call("pg_terminate_backend", SESSIONS),
          call("pg_cancel_backend", SESSIONS),
          call("dblink*", SERVERS),
          statement(SERVERS, "create|alter", "server"),
          statement(SERVERS, "create", "foreign", "data", "wrapper"),
          statement(SERVERS, "create|alter", "subscription"));

  private static final List<RefusedPattern> MYSQL =
      List.of(
          statement(OTHER_DATABASE, "drop|alter", "database|schema"),
          statement(OTHER_DATABASE, "create", "or?", "replace?", "database|schema"),
          statementOnly(OTHER_DATABASE, "use"),
          check("other-database-name", OTHER_DATABASE),
          statement(ROLES, "grant"),
          statement(ROLES, "revoke"),
          statement(ROLES, "create", "or?", "replace?", "user|role"),
          statement(ROLES, "drop|alter|rename", "user|role"),
          statement(ROLES, "set", "default?", "role|password"),
          statement(FILES, "load", "data|xml"),
          anywhere(FILES, "into", "outfile|dumpfile"),
          call("load_file", FILES),
          statement(FILES, "install|uninstall", "plugin|soname"),
          statement(FILES, "create|alter|drop", "tablespace"),
          statement(SETTINGS, "set", "global|persist|persist_only"),
          check("global-variable", SETTINGS),
          statement(SETTINGS, "flush"),
          statement(SETTINGS, "shutdown"),
          statement(SESSIONS, "kill"),
          statement(SERVERS, "create|alter|drop", "server"),
          statement(SERVERS, "change", "master|replication"),
          statement(SERVERS, "start|stop|reset", "slave|replica|master"),
          statement(SERVERS, "purge", "binary|master"));

  private RefusedPatterns() {}

  /** The refused statements of {@code dialect}'s family. */
  public static List<RefusedPattern> of(Dialect dialect) {
    // the families' statements share nothing a capability could describe: one list each
    return dialect.scriptConventions().delimiterCommand() ? MYSQL : POSTGRES;
  }
}
