package dev.autogen.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a project's {@code pom.xml} tells Flyway's Maven plugin, under the names of {@code
 * flyway.conf} ({@code flyway.locations}, {@code flyway.placeholders.owner}, {@code flyway.table}):
 * its {@code flyway.*} Maven properties, then the plugin's {@code <configuration>}, which wins, as
 * the plugin reads them. {@code ${project.basedir}} (and {@code ${basedir}}) is the project folder,
 * other {@code ${name}} the pom's own properties. Only read when the pom names the plugin.
 */
final class FlywayMavenPlugin {

  private static final String POM = "pom.xml";
  private static final String PLUGIN = "flyway-maven-plugin";
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private FlywayMavenPlugin() {}

  /** Where the settings come from, for messages: the pom. */
  static Path file(Path project) {
    return project.resolve(POM);
  }

  /**
   * The plugin's settings as {@code flyway.*} keys, and a note for each setting autogen does not
   * follow because its value names a property the pom lacks (a parent's, the environment's): such a
   * setting is not needed by every run, so it does not stop one.
   */
  record Read(Map<String, String> settings, List<String> notes) {
    static final Read NOTHING = new Read(Map.of(), List.of());
  }

  /**
   * The plugin's settings; nothing without a pom or without the plugin.
   *
   * @throws ConfigException when the pom cannot be read
   */
  static Read read(Path project) {
    Path pom = file(project);
    if (!Files.isRegularFile(pom)) {
      return Read.NOTHING;
    }
    String text;
    try {
      text = Files.readString(pom);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + pom + ": " + e.getMessage());
    }
    if (!text.contains(PLUGIN)) {
      return Read.NOTHING;
    }
    Element root = parse(pom).getDocumentElement();
    PomProperties properties = PomProperties.of(root, project, pom);
    Settings out = new Settings(new LinkedHashMap<>(), new ArrayList<>());
    properties
        .values()
        .forEach(
            (name, value) -> {
              if (name.startsWith("flyway.") && isRead(name.substring("flyway.".length()))) {
                out.put(name, () -> properties.resolved(value, "<" + name + ">"));
              }
            });
    plugins(root).stream()
        .filter(p -> child(p, "artifactId").map(FlywayMavenPlugin::text).orElse("").equals(PLUGIN))
        .findFirst()
        .flatMap(p -> child(p, "configuration"))
        .ifPresent(configuration -> settings(configuration, properties, out));
    return new Read(out.values(), out.notes());
  }

  /** The settings read so far, and the notes of those left out. */
  private record Settings(Map<String, String> values, List<String> notes) {
    void put(String key, Supplier<String> value) {
      try {
        values.put(key, value.get());
      } catch (Unresolved e) {
        notes.add(e.getMessage());
      }
    }
  }

  /** A value naming a property the pom lacks. */
  private static final class Unresolved extends RuntimeException {
    Unresolved(String message) {
      super(message, null, false, false);
    }
  }

  /** The plugin's {@code <configuration>} read into {@code out}, over the Maven properties. */
  private static void settings(Element configuration, PomProperties properties, Settings out) {
    for (Element setting : children(configuration)) {
      String name = setting.getTagName();
      if (!isRead(name)) {
        // where the plugin connects is not autogen's to follow, nor resolved
        continue;
      }
      String where = PLUGIN + " <" + name + ">";
      List<Element> items = children(setting);
      if (name.equals("placeholders")) {
        for (Element p : items) {
          out.put(
              "flyway.placeholders." + p.getTagName(), () -> properties.resolved(text(p), where));
        }
      } else if (!items.isEmpty()) {
        // a list: <locations><location>a</location><location>b</location></locations>
        out.put(
            "flyway." + name,
            () ->
                String.join(
                    ",", items.stream().map(i -> properties.resolved(text(i), where)).toList()));
      } else {
        out.put("flyway." + name, () -> properties.resolved(text(setting), where));
      }
    }
  }

  /** The pom's properties, with the project folder as {@code project.basedir}. */
  private record PomProperties(Map<String, String> values, Path pom) {
    static PomProperties of(Element root, Path project, Path pom) {
      Map<String, String> values = new LinkedHashMap<>();
      child(root, "properties")
          .ifPresent(p -> children(p).forEach(e -> values.put(e.getTagName(), text(e))));
      String basedir = project.toAbsolutePath().normalize().toString();
      values.put("project.basedir", basedir);
      values.put("basedir", basedir);
      return new PomProperties(values, pom);
    }

    /** {@code value} with its {@code ${name}} replaced; a name the pom lacks is unresolved. */
    String resolved(String value, String where) {
      Matcher m = PROPERTY.matcher(value);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String known = values.get(m.group(1));
        if (known == null) {
          throw new Unresolved(
              pom
                  + ": "
                  + where
                  + " uses ${"
                  + m.group(1)
                  + "}, which is no property of the pom; autogen does not follow it (give the value"
                  + " in autogen.properties: flyway.* keys, or migrations=)");
        }
        m.appendReplacement(b, Matcher.quoteReplacement(known));
      }
      m.appendTail(b);
      return b.toString();
    }
  }

  private static String text(Element element) {
    return element.getTextContent().strip();
  }

  /** Whether autogen follows setting {@code name}: where the migrations are and what they do. */
  private static boolean isRead(String name) {
    return name.equals("locations")
        || name.equals("table")
        || name.equals("placeholders")
        || name.startsWith("placeholders.")
        || FlywayReplayKeys.FLYWAY.contains(name);
  }

  /** The plugins of the build, then of its plugin management. */
  private static List<Element> plugins(Element root) {
    List<Element> out = new ArrayList<>();
    child(root, "build")
        .ifPresent(
            build -> {
              child(build, "plugins").ifPresent(p -> out.addAll(children(p)));
              child(build, "pluginManagement")
                  .flatMap(m -> child(m, "plugins"))
                  .ifPresent(p -> out.addAll(children(p)));
            });
    return out;
  }

  private static Document parse(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // a pom is data: no document type, no entity, nothing fetched
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(pom.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ConfigException(
          "cannot read " + pom + ": " + ToolConfigFiles.firstLine(e.getMessage()));
    }
  }

  private static java.util.Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
