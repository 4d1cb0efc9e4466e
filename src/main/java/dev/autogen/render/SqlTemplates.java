package dev.autogen.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles and runs the Mustache templates of one dialect. Output is SQL, so nothing is
 * HTML-escaped: views hand over names already quoted by the dialect and literals already written by
 * it. A template naming a value its view lacks fails instead of printing nothing, so a typo in a
 * user override cannot silently drop part of a statement.
 */
final class SqlTemplates {

  private static final String EXTENSION = ".sql.mustache";

  private final TemplateSource source;
  private final String dialectFolder;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  SqlTemplates(TemplateSource source, String dialectFolder) {
    this.source = source;
    this.dialectFolder = dialectFolder;
    this.factory = new SqlMustacheFactory(new PartialResolver());
    factory.setObjectHandler(new StrictObjectHandler());
  }

  /** Runs the statement template of an operation kind ({@code <dialect>/<kind>}, then ansi). */
  String statement(String kind, Object view) {
    return run("operation kind '" + kind + "'", statementCandidates(kind), view);
  }

  /** Runs a file-layout template such as {@code flyway/migration.sql}. */
  String layout(String name, Object view) {
    return run("file layout '" + name + "'", List.of(name + ".mustache"), view);
  }

  /** Where the template of an operation kind was found, for messages and tests. */
  String originOf(String kind) {
    return source.find("operation kind '" + kind + "'", statementCandidates(kind)).origin();
  }

  private List<String> statementCandidates(String kind) {
    return List.of(dialectFolder + "/" + kind + EXTENSION, "ansi/" + kind + EXTENSION);
  }

  private String run(String what, List<String> candidates, Object view) {
    Mustache mustache =
        compiled.computeIfAbsent(
            String.join("|", candidates),
            key -> {
              TemplateSource.TemplateText text = source.find(what, candidates);
              return factory.compile(new StringReader(text.text()), text.origin());
            });
    StringWriter out = new StringWriter();
    mustache.execute(out, view);
    return out.toString();
  }

  /** Partials ({@code {{> column_definition}}}) resolve like statements: dialect, then ansi. */
  private final class PartialResolver implements MustacheResolver {
    @Override
    public Reader getReader(String name) {
      String text = source.find("partial '" + name + "'", statementCandidates(name)).text();
      // a partial is spliced into a line, so the file's final newline is not part of it
      return new StringReader(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }
  }

  private static final class SqlMustacheFactory extends DefaultMustacheFactory {
    SqlMustacheFactory(MustacheResolver resolver) {
      super(resolver);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
      return name;
    }
  }

  private static final class StrictObjectHandler extends ReflectionObjectHandler {
    @Override
    public Wrapper find(String name, List<Object> scopes) {
      Wrapper wrapper = super.find(name, scopes);
      if (wrapper instanceof MissingWrapper) {
        throw new IllegalStateException("template refers to '" + name + "', which has no value");
      }
      return wrapper;
    }
  }
}
