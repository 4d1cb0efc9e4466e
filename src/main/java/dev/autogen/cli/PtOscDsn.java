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
 * reads it from the user's option file ({@code ~/.my.cnf}).
 */
final class PtOscDsn {
  private static final Pattern URL =
      Pattern.compile("jdbc:(?:mysql|mariadb)://([^/:?,]+)(?::(\\d+))?/([^?;]*)(?:\\?(.*))?");

  private PtOscDsn() {}

  static String of(Settings s, Identifier table) {
    String url = s.url().orElse("");
    Matcher m = URL.matcher(url);
    List<String> parts = new ArrayList<>();
    String database = s.schema();
    Optional<String> user = s.user();
    if (m.matches()) {
      parts.add("h=" + m.group(1));
      if (m.group(2) != null) {
        parts.add("P=" + m.group(2));
      }
      if (database.isEmpty()) {
        database = m.group(3);
      }
      if (user.isEmpty() && m.group(4) != null) {
        user = parameter(m.group(4), "user");
      }
    }
    user.ifPresent(u -> parts.add("u=" + u));
    parts.add("D=" + database);
    parts.add("t=" + table.value());
    return String.join(",", parts);
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
