package dev.autogen.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.exec.ScriptTargetOutputToFile;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * The Hibernate peer: bootstraps Hibernate over the compiled entity classes and runs its schema
 * validator or its schema migrator (script only: writes the ALTER statements to a file, executes
 * nothing) against the database.
 *
 * <p>Usage: {@code HibernatePeer validate|migrate CLASSES_DIR JDBC_URL USER SCRIPT_FILE}.
 */
public final class HibernatePeer {

  private HibernatePeer() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path classes = Path.of(args[1]);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, HibernatePeer.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      StandardServiceRegistry registry =
          new StandardServiceRegistryBuilder()
              .applySetting("hibernate.connection.url", args[2])
              .applySetting("hibernate.connection.username", args[3])
              .applySetting("hibernate.connection.password", "")
              .applySetting("hibernate.default_schema", "public")
              .build();
      try {
        MetadataSources sources = new MetadataSources(registry);
        for (String name : classNames(classes)) {
          sources.addAnnotatedClass(loader.loadClass(name));
        }
        MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
        // what hbm2ddl.auto=validate|update runs, minus building a session factory
        Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
        SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
        ExecutionOptions options =
            SchemaManagementToolCoordinator.buildExecutionOptions(
                settings, ExceptionHandlerHaltImpl.INSTANCE);
        if (mode.equals("validate")) {
          tool.getSchemaValidator(settings)
              .doValidation(metadata, options, ContributableMatcher.ALL);
          System.out.println("hibernate: valid");
        } else {
          Path script = Path.of(args[4]);
          Files.deleteIfExists(script);
          ScriptTargetOutput output = new ScriptTargetOutputToFile(script.toFile(), "UTF-8");
          tool.getSchemaMigrator(settings)
              .doMigration(
                  metadata,
                  options,
                  ContributableMatcher.ALL,
                  new TargetDescriptor() {
                    @Override
                    public EnumSet<TargetType> getTargetTypes() {
                      return EnumSet.of(TargetType.SCRIPT);
                    }

                    @Override
                    public ScriptTargetOutput getScriptTargetOutput() {
                      return output;
                    }
                  });
          System.out.println("hibernate: " + Files.readAllLines(script).size() + " statements");
        }
      } finally {
        StandardServiceRegistryBuilder.destroy(registry);
      }
    }
  }

  private static List<String> classNames(Path classes) throws IOException {
    List<String> names = new ArrayList<>();
    try (var walk = Files.walk(classes)) {
      walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString())
          .map(s -> s.substring(0, s.length() - ".class".length()).replace('/', '.'))
          .filter(s -> !s.endsWith(".Status"))
          .forEach(names::add);
    }
    names.sort(null);
    return names;
  }
}
