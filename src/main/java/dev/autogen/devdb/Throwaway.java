package dev.autogen.devdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A throwaway database made on a server for one run, and who its connections log in as: {@code
 * login} is the account made for it alone ({@code connectAs} its credentials), or empty when the
 * server refused to make one and connections use the {@code --dev-url} user, as {@code warning}
 * then says.
 */
record Throwaway(
    String database, Optional<String> login, Properties connectAs, Optional<String> warning) {

  /** Used as the admin user, nothing refused. */
  static Throwaway asAdmin(String database, AdminAccess admin) {
    return new Throwaway(database, Optional.empty(), admin.credentials(), Optional.empty());
  }

  /** Used as the admin user because the server refused the login account: {@code warning} why. */
  static Throwaway asAdmin(String database, AdminAccess admin, String warning) {
    return new Throwaway(database, Optional.empty(), admin.credentials(), Optional.of(warning));
  }

  /** Used as an account made for it alone. */
  static Throwaway as(String database, String login, Properties connectAs) {
    return new Throwaway(database, Optional.of(login), connectAs, Optional.empty());
  }

  /**
   * For messages: the URL, this database and its account, e.g. {@code ... (database d, role r)}.
   */
  String describe(AdminAccess admin, String loginKind) {
    return admin.where()
        + " (database "
        + database
        + login.map(l -> ", " + loginKind + " " + l).orElse("")
        + ")";
  }

  /**
   * What drops it: {@code before} (session settings, ending other sessions), then the database,
   * then its account ({@code DROP <loginKind> IF EXISTS <login>}).
   */
  ServerDevDatabase.Teardown teardown(AdminAccess admin, String loginKind, List<String> before) {
    List<String> all = new ArrayList<>(before);
    all.add("DROP DATABASE IF EXISTS " + database);
    login.ifPresent(l -> all.add("DROP " + loginKind.toUpperCase(Locale.ROOT) + " IF EXISTS " + l));
    String leftover =
        "dev database "
            + database
            + login.map(l -> " and " + loginKind + " " + l).orElse("")
            + " on "
            + admin.where();
    return new ServerDevDatabase.Teardown(admin, leftover, all);
  }

  /** The dev database this is, connecting through {@code connector}. */
  ServerDevDatabase devDatabase(
      AdminAccess admin,
      String loginKind,
      String schema,
      ServerDevDatabase.Connector connector,
      List<String> dropBefore) {
    return new ServerDevDatabase(
        describe(admin, loginKind),
        schema,
        connector,
        warning,
        new Cleanup(teardown(admin, loginKind, dropBefore)));
  }
}
