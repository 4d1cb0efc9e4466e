package dev.autogen.entities;

import dev.autogen.model.SourceLocation;
import dev.autogen.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML mappings beside the entity sources: Hibernate's {@code *.hbm.xml} files and JPA's {@code
 * orm.xml}. autogen reads annotations only, so each class such a file maps is named in a warning
 * (file, line, class and table); without it the class's table would show as dropped, or its columns
 * and foreign keys as missing, with nothing saying why.
 *
 * <p>The files are looked for below each source root and, for a root named {@code java}, in the
 * {@code resources} folder beside it, where Maven projects keep {@code META-INF/orm.xml}.
 */
final class XmlMappings {

  // hbm.xml's mapped classes; orm.xml's is <entity>
  private static final Set<String> HBM_CLASSES =
      Set.of("class", "subclass", "joined-subclass", "union-subclass");

  private XmlMappings() {}

  static List<Warning> warnings(List<Path> roots) {
    List<Warning> warnings = new ArrayList<>();
    for (Path file : files(roots)) {
      warnings.addAll(read(file));
    }
    return warnings;
  }

  private static List<Path> files(List<Path> roots) {
    List<Path> folders = new ArrayList<>();
    for (Path root : roots) {
      folders.add(root);
      Path resources = root.resolveSibling("resources");
      if (root.getFileName() != null
          && root.getFileName().toString().equals("java")
          && Files.isDirectory(resources)
          && !roots.contains(resources)) {
        folders.add(resources);
      }
    }
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(XmlMappings::isMappingFile).sorted().forEach(files::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        // the Java sources below the same root are read next and report an unreadable tree
      }
    }
    return files;
  }

  private static boolean isMappingFile(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".hbm.xml") || name.equals("orm.xml");
  }

  private static List<Warning> read(Path file) {
    List<Warning> warnings = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      Optional<Mapped> entity = Optional.empty();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          int line = xml.getLocation().getLineNumber();
          if (HBM_CLASSES.contains(element)) {
            warnings.add(
                new Mapped(file, line, attribute(xml, "name"), attribute(xml, "table")).warning());
          } else if (element.equals("entity")) {
            entity = Optional.of(new Mapped(file, line, attribute(xml, "class"), ""));
          } else if (element.equals("table") && entity.isPresent()) {
            Mapped e = entity.get();
            entity = Optional.of(new Mapped(file, e.line(), e.type(), attribute(xml, "name")));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("entity")) {
          entity.ifPresent(e -> warnings.add(e.warning()));
          entity = Optional.empty();
        }
      }
      xml.close();
    } catch (IOException | XMLStreamException e) {
      warnings.add(
          new Warning(
              new SourceLocation(file, 1),
              "an XML mapping file autogen does not read (annotations only) and cannot parse"));
    }
    return warnings;
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  // no DTD and no external entity: hbm.xml files name Hibernate's DTD by URL, never fetched
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** A class an XML file maps, and its table when the file names one. */
  private record Mapped(Path file, int line, String type, String table) {
    Warning warning() {
      String what = type.isEmpty() ? "a class" : type;
      String where = table.isEmpty() ? "" : " (table " + table + ")";
      return new Warning(
          new SourceLocation(file, line),
          "the XML mapping of "
              + what
              + where
              + " is not read (autogen reads annotations only); what only this file maps is"
              + " missing from the desired schema");
    }
  }
}
