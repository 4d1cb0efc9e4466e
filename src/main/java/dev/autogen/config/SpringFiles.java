package dev.autogen.config;

import dev.autogen.devdb.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a Spring Boot configuration file ({@code .properties}, {@code .yml}, {@code .yaml}) into
 * its documents, YAML through SnakeYAML (the library Spring Boot reads it with), flattened to the
 * dotted names Spring binds: {@code spring: {datasource: {url: x}}} is {@code
 * spring.datasource.url}, list items are {@code name[0]}.
 */
final class SpringFiles {
  private SpringFiles() {}

  static List<SpringDocument> read(Path file, String origin) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + origin + ": " + e.getMessage());
    }
    String name = file.getFileName().toString();
    return name.endsWith(".properties") ? properties(text, origin) : yaml(text, origin);
  }

  private static List<SpringDocument> properties(String text, String origin) {
    List<SpringDocument> out = new ArrayList<>();
    // Spring Boot's multi-document .properties: a line #--- or !--- starts the next document
    for (String part : text.split("(?m)^[#!]---[ \\t]*$")) {
      Properties props = new Properties();
      try {
        props.load(new StringReader(part));
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read " + origin + ": " + e.getMessage());
      }
      Map<String, String> map = new LinkedHashMap<>();
      props.stringPropertyNames().stream()
          .sorted()
          .forEach(k -> map.put(k.strip(), props.getProperty(k).strip()));
      out.add(SpringDocument.of(origin, map));
    }
    return out;
  }

  private static List<SpringDocument> yaml(String text, String origin) {
    List<SpringDocument> out = new ArrayList<>();
    try {
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
        Map<String, String> map = new LinkedHashMap<>();
        flatten("", doc, map);
        out.add(SpringDocument.of(origin, map));
      }
    } catch (YAMLException e) {
      throw new ConfigException(
          "cannot read " + origin + ": " + Messages.firstLine(e.getMessage()));
    }
    return out;
  }

  private static void flatten(String prefix, Object node, Map<String, String> into) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        flatten(prefix.isEmpty() ? key : prefix + "." + key, e.getValue(), into);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), into);
      }
    } else if (!prefix.isEmpty()) {
      // a key with no value binds as an empty string in Spring Boot
      into.put(prefix, node == null ? "" : String.valueOf(node));
    }
  }
}
