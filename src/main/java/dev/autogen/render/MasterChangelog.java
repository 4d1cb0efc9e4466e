package dev.autogen.render;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an {@code include} of a new changelog to the master changelog a project already has, in the
 * master's own form (XML or YAML, told by its file name; a formatted SQL master cannot include),
 * indented like the entries already there; the entry's text comes from {@code
 * templates/liquibase/include.<form>.mustache}. Pure: text in, text out.
 */
public final class MasterChangelog {

  private static final Pattern YAML_ENTRY = Pattern.compile("(?m)^([ \\t]*)- ");
  private static final Pattern XML_ENTRY =
      Pattern.compile("(?m)^([ \\t]*)<(?:include|includeAll|changeSet)\\b");
  private static final String XML_END = "</databaseChangeLog>";

  private final SqlTemplates templates;

  public MasterChangelog(TemplateSource templates) {
    // layouts are format templates: the dialect folder plays no part in them
    this.templates = new SqlTemplates(templates, "ansi");
  }

  /** The form of a master changelog by its name: xml, yaml or sql; empty for another. */
  public static Optional<String> form(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".xml")) {
      return Optional.of("xml");
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of("yaml");
    }
    if (n.endsWith(".sql")) {
      return Optional.of("sql");
    }
    return Optional.empty();
  }

  /**
   * {@code master} with an include of {@code file} (relative to the master's folder, with {@code
   * /}) as its last entry.
   *
   * @throws IllegalArgumentException when the form is not known or the text has no place for it (an
   *     XML master without {@code </databaseChangeLog>}, a YAML one without {@code
   *     databaseChangeLog:})
   */
  public String withInclude(String masterFileName, String master, String file) {
    String form =
        form(masterFileName)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "autogen adds includes to XML or YAML master changelogs"));
    return switch (form) {
      case "xml" -> xml(master, file);
      case "yaml" -> yaml(master, file);
      default ->
          // Liquibase 4.33's formatted SQL parser has no include directive: an --include line
          // would be read as SQL of the changeset above it
          throw new IllegalArgumentException(
              "a formatted SQL master changelog cannot include other changelogs (Liquibase has no"
                  + " include for it); use an XML or YAML master that includes yours, and name it"
                  + " with --changelog");
    };
  }

  private String xml(String master, String file) {
    int end = master.lastIndexOf(XML_END);
    if (end < 0) {
      throw new IllegalArgumentException("it has no " + XML_END);
    }
    Matcher m = XML_ENTRY.matcher(master);
    String indent = m.find() ? m.group(1) : "    ";
    int lineStart = master.lastIndexOf('\n', end - 1) + 1;
    boolean closingOnItsOwnLine = master.substring(lineStart, end).isBlank();
    int at = closingOnItsOwnLine ? lineStart : end;
    String before = master.substring(0, at);
    String prefix = closingOnItsOwnLine || before.endsWith("\n") ? "" : "\n";
    return before + prefix + entry("xml", indent, file) + "\n" + master.substring(at);
  }

  private String yaml(String master, String file) {
    if (!master.contains("databaseChangeLog:")) {
      throw new IllegalArgumentException("it has no databaseChangeLog: list");
    }
    String text = master.replaceFirst("databaseChangeLog:\\s*\\[\\s*]", "databaseChangeLog:");
    Matcher m = YAML_ENTRY.matcher(text.substring(text.indexOf("databaseChangeLog:")));
    String indent = m.find() ? m.group(1) : "  ";
    return appended(text, entry("yaml", indent, file));
  }

  private static String appended(String master, String entry) {
    String text = master.stripTrailing();
    return (text.isEmpty() ? "" : text + "\n") + entry + "\n";
  }

  private String entry(String form, String indent, String file) {
    return templates
        .layout("liquibase/include." + form, new IncludeView(indent, file))
        .replaceFirst("^(\\s*\\n)+", "")
        .stripTrailing();
  }

  /** What an include template sees. */
  record IncludeView(String indent, String file) {}
}
