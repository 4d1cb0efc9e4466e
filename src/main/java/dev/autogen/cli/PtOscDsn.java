package dev.autogen.cli;

import dev.autogen.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pt-online-schema-change's data source name ({@code h=host,P=port,u=user,D=database,t=table}) of a
 * table of the {@code --url} database. No password: the tool asks for it with {@code --ask-pass} or
 * reads it from the user's option file ({@code ~/.my.cnf}). The text is the tool's own syntax, not
 * yet quoted for a shell: the renderer quotes every argument of the command it writes.
 */
final class PtOscDsn {
  private static final Pattern URL =
      Pattern.compile("jdbc:(?:mysql|mariadb)://([^/:?,]+)(?::(\\d+))?/([^?;]*)(?:\\?(.*))?");

  private PtOscDsn() {}

  static String of(Settings s, Identifier table) {
    return of(s.url().orElse(""), s.user(), s.schema(), table);
  }

  /**
   * @param url the JDBC URL of the database (host, port, database, {@code user=} parameter)
   * @param user the user when given apart from the URL
   * @param schema the database when given apart from the URL (empty: the URL's)
   */
  static String of(String url, Optional<String> user, String schema, Identifier table) {
    Matcher m = URL.matcher(url);
    List<String> parts = new ArrayList<>();
    String database = schema;
    if (m.matches()) {
      parts.add(part("h", m.group(1)));
      if (m.group(2) != null) {
        parts.add(part("P", m.group(2)));
      }
      if (database.isEmpty()) {
        database = decoded(m.group(3));
      }
      if (user.isEmpty() && m.group(4) != null) {
        user = parameter(m.group(4), "user").map(PtOscDsn::decoded);
      }
    }
    user.ifPresent(u -> parts.add(part("u", u)));
    parts.add(part("D", database));
    parts.add(part("t", table.value()));
    for (String part : parts.subList(0, parts.size() - 1)) {
      // the tool splits at a comma not preceded by a backslash, and has no escape for one
      if (part.endsWith("\\")) {
        throw new UserError(
            ExitCode.USAGE,
            "pt-online-schema-change cannot be given the DSN part "
                + part
                + ": a value ending in a backslash would escape the comma after it in the tool's"
                + " DSN syntax; rerun with --allow-copy to write the ALTER with ALGORITHM=COPY");
      }
    }
    return String.join(",", parts);
  }

  /** A JDBC URL's percent-encoded text as the driver reads it ({@code %2C} is a comma). */
  private static String decoded(String text) {
    try {
      return java.net.URLDecoder.decode(
          text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // not percent-encoding after all: taken as written
    }
  }

  /** {@code key=value}, a comma in the value escaped as the tool reads it ({@code \\,}). */
  private static String part(String key, String value) {
    return key + "=" + value.replace(",", "\\,");
  }

  private static Optional<String> parameter(String query, String name) {
    for (String p : query.split("&")) {
      if (p.startsWith(name + "=")) {
        return Optional.of(p.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }
}
