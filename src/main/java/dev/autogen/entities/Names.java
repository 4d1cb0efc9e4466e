package dev.autogen.entities;

import dev.autogen.dialect.IdentifierRules;
import dev.autogen.model.Identifier;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns names from the sources into catalog identifiers: logical names go through the naming
 * strategy and the dialect's folding; names Hibernate leaves to the database are generated after
 * PostgreSQL's own conventions ({@code users_email_key}) and shortened to the dialect's limit.
 */
final class Names {

  private final IdentifierRules rules;
  private final NamingStrategy strategy;
  private final boolean quoteAll;
  private final boolean convertsQuoted;

  Names(IdentifierRules rules, NamingStrategy strategy) {
    this(rules, strategy, false);
  }

  Names(IdentifierRules rules, NamingStrategy strategy, boolean quoteAll) {
    this(rules, strategy, quoteAll, false);
  }

  /**
   * @param quoteAll whether every name is quoted, as Hibernate's {@code
   *     hibernate.globally_quoted_identifiers=true} does: names keep their case
   * @param convertsQuoted whether the strategy converts a quoted name's text too (Hibernate 6 and
   *     earlier, whose snake-case strategy keeps only the quoting; 7 leaves quoted names alone)
   */
  Names(IdentifierRules rules, NamingStrategy strategy, boolean quoteAll, boolean convertsQuoted) {
    this.rules = rules;
    this.strategy = strategy;
    this.quoteAll = quoteAll;
    this.convertsQuoted = convertsQuoted;
  }

  /**
   * A table, column or sequence name. Quoted names ({@code "\"Foo\""} or {@code `Foo`}) stay
   * exactly as written: Hibernate 7's snake-case strategy returns a quoted name untouched; 6.x
   * converted its text and kept it quoted ({@code convertsQuoted}, docs/mappings.md).
   */
  Identifier physical(String logical) {
    String trimmed = logical.trim();
    if (isQuoted(trimmed)) {
      String text = trimmed.substring(1, trimmed.length() - 1);
      return Identifier.of(convertsQuoted ? strategy.apply(text) : text);
    }
    if (quoteAll) {
      // Hibernate quotes every name before the physical strategy, which in 7 leaves quoted ones
      // alone and in 6 converts their text all the same
      return Identifier.of(convertsQuoted ? strategy.apply(trimmed) : trimmed);
    }
    return rules.fold(strategy.apply(trimmed));
  }

  /**
   * The logical name of a join table the mapping does not name: JPA's {@code <owner>_<target>} from
   * the entities' logical table names, or with Spring Boot's implicit naming {@code <owner's
   * physical table>_<attribute>}.
   */
  String joinTable(Identifier ownerTable, String ownerLogical, String targetLogical, String field) {
    if (!strategy.joinTableByAttribute()) {
      return ownerLogical + "_" + targetLogical;
    }
    // Spring joins the owner's table name as written (the entity name without @Table); when the
    // owner's or the target's table is quoted, Hibernate quotes the whole name, so no strategy
    // converts it (differential set spring_quoted_owner: "AuditLog_watchedBy",
    // "Watcher_favouriteLogs")
    String name = unquoted(ownerLogical) + "_" + field;
    return isQuoted(ownerLogical.trim()) || isQuoted(targetLogical.trim())
        ? "\"" + name + "\""
        : name;
  }

  /**
   * An implicit join column name, quoted when the referenced table's or column's name is: Hibernate
   * quotes the whole name when "one element was quoted" ({@code AnnotatedJoinColumn}), so no naming
   * strategy converts it (differential set spring_quoted_owner: {@code "AuditLog_id"}).
   */
  String implicitJoinColumn(String name, String referencedTable, String referencedColumn) {
    if (isQuoted(referencedTable.trim()) || isQuoted(referencedColumn.trim())) {
      return "\"" + name.replace("\"", "").replace("`", "") + "\"";
    }
    return name;
  }

  /**
   * A constraint or index name given explicitly (the naming strategy does not apply; Hibernate's
   * global quoting leaves these unquoted too, differential set quoted_identifiers).
   */
  Identifier explicit(String written) {
    String trimmed = written.trim();
    if (trimmed.startsWith("`") && trimmed.endsWith("`") && trimmed.length() >= 2) {
      return Identifier.of(trimmed.substring(1, trimmed.length() - 1));
    }
    return rules.fromSql(trimmed);
  }

  /**
   * The suffix of a foreign key name Hibernate leaves to the database (see {@link
   * IdentifierRules}).
   */
  String foreignKeySuffix() {
    return rules.generatedForeignKeySuffix();
  }

  /** The suffix of a unique constraint name Hibernate leaves to the database. */
  String uniqueSuffix() {
    return rules.generatedUniqueSuffix();
  }

  /** A generated name: the parts joined with underscores, shortened to the dialect's limit. */
  Identifier generated(String prefix, List<Identifier> parts, String suffix) {
    String body = parts.stream().map(Identifier::value).collect(Collectors.joining("_"));
    StringBuilder name = new StringBuilder();
    if (!prefix.isEmpty()) {
      name.append(prefix).append('_');
    }
    name.append(body);
    if (!suffix.isEmpty()) {
      name.append('_').append(suffix);
    }
    return Identifier.of(shorten(name.toString()));
  }

  private String shorten(String name) {
    int max = rules.maxLength();
    if (name.length() <= max) {
      return name;
    }
    // a hash of the full name keeps shortened names distinct and stable between runs
    String hash = String.format("%08x", name.hashCode());
    return name.substring(0, max - hash.length() - 1) + "_" + hash;
  }

  private static String unquoted(String name) {
    String t = name.trim();
    return isQuoted(t) ? t.substring(1, t.length() - 1) : t;
  }

  private static boolean isQuoted(String s) {
    return s.length() >= 2
        && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("`") && s.endsWith("`")));
  }
}
