package dev.autogen.it;

import dev.autogen.entities.NamingStrategy;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's own answer for a fixture set: compiles the entity sources with javax.tools, boots
 * Hibernate ORM on them for a {@link HibernateTarget} (PostgreSQL unless told) without any
 * connection, and returns the statements its schema export writes to a script.
 */
final class HibernateSchema {

  private HibernateSchema() {}

  /**
   * The DDL statements (without the trailing semicolon) Hibernate creates for the sources.
   *
   * @param springNaming whether to use Spring Boot's physical naming strategy
   */
  static List<String> ddl(Path sources, boolean springNaming, Path work) throws Exception {
    return ddl(sources, springNaming, true, work);
  }

  /**
   * @param beanValidation whether Hibernate may apply Bean Validation constraints to the DDL
   *     ({@code jakarta.persistence.validation.mode=none} otherwise)
   */
  static List<String> ddl(Path sources, boolean springNaming, boolean beanValidation, Path work)
      throws Exception {
    return ddl(sources, springNaming, beanValidation, false, work, HibernateTarget.POSTGRES);
  }

  /** The PostgreSQL DDL, optionally with every identifier quoted. */
  static List<String> ddl(
      Path sources, boolean springNaming, boolean beanValidation, boolean quoteAll, Path work)
      throws Exception {
    return ddl(sources, springNaming, beanValidation, quoteAll, work, HibernateTarget.POSTGRES);
  }

  /** The DDL for another Hibernate dialect and server version. */
  static List<String> ddl(
      Path sources, boolean springNaming, boolean beanValidation, Path work, HibernateTarget target)
      throws Exception {
    return ddl(sources, springNaming, beanValidation, false, work, target);
  }

  /**
   * The DDL for a Hibernate dialect and server version.
   *
   * @param quoteAll whether to run Hibernate with {@code hibernate.globally_quoted_identifiers}
   */
  static List<String> ddl(
      Path sources,
      boolean springNaming,
      boolean beanValidation,
      boolean quoteAll,
      Path work,
      HibernateTarget target)
      throws Exception {
    NamingStrategy naming = springNaming ? NamingStrategy.SPRING : NamingStrategy.JPA;
    return ddl(sources, naming, beanValidation, quoteAll, work, target);
  }

  /** The DDL with the strategies a naming setting stands for (see {@link NamingStrategy}). */
  static List<String> ddl(
      Path sources,
      NamingStrategy naming,
      boolean beanValidation,
      boolean quoteAll,
      Path work,
      HibernateTarget target)
      throws Exception {
    Path classes = Files.createDirectories(work.resolve("classes"));
    compile(sources, classes);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, HibernateSchema.class.getClassLoader())) {
      // Hibernate resolves some names through the context loader as well as its own
      thread.setContextClassLoader(loader);
      return export(
          annotatedClasses(classes, loader),
          packagesWithInfo(classes),
          loader,
          naming,
          beanValidation,
          quoteAll,
          work,
          target);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void compile(Path sources, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager manager =
        compiler.getStandardFileManager(null, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
      List<String> options =
          new ArrayList<>(List.of("-d", classes.toString(), "-classpath", testClassPath()));
      // Lombok (a test dependency) is the only annotation processor fixture sets may use
      Optional<String> lombok =
          Arrays.stream(testClassPath().split(java.io.File.pathSeparator))
              .filter(p -> Path.of(p).getFileName().toString().startsWith("lombok"))
              .findFirst();
      if (lombok.isPresent()) {
        options.addAll(List.of("-processorpath", lombok.get()));
      } else {
        options.add("-proc:none");
      }
      boolean ok = compiler.getTask(output, manager, null, options, null, units).call();
      if (!ok) {
        throw new AssertionError("fixture sources do not compile:\n" + output);
      }
    }
  }

  /** Failsafe runs tests from a manifest-only jar; the real class path is in this property. */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static List<Class<?>> annotatedClasses(Path classes, ClassLoader loader)
      throws IOException, ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String relative = classes.relativize(file).toString();
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      Class<?> type = Class.forName(name, false, loader);
      if (type.isAnnotationPresent(Entity.class)
          || type.isAnnotationPresent(Embeddable.class)
          || type.isAnnotationPresent(MappedSuperclass.class)
          // auto-applied converters must be registered like entities
          || type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
        found.add(type);
      }
    }
    return found;
  }

  /**
   * The packages a {@code package-info.java} annotates. Registered as JPA scanning and Spring Boot
   * register them: their generators are then visible to every entity, not only the package's
   * (differential set package_generators).
   */
  private static List<String> packagesWithInfo(Path classes) throws IOException {
    try (Stream<Path> walk = Files.walk(classes)) {
      return walk.filter(p -> p.getFileName().toString().equals("package-info.class"))
          .map(p -> classes.relativize(p.getParent()).toString().replace('/', '.'))
          .sorted()
          .toList();
    }
  }

  private static List<String> export(
      List<Class<?>> annotated,
      List<String> packages,
      ClassLoader loader,
      NamingStrategy naming,
      boolean beanValidation,
      boolean quoteAll,
      Path work,
      HibernateTarget target)
      throws IOException {
    BootstrapServiceRegistry bootstrap =
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    Path script = work.resolve("hibernate.sql");
    StandardServiceRegistryBuilder settings =
        new StandardServiceRegistryBuilder(bootstrap)
            .applySetting("hibernate.dialect", target.dialectClass())
            .applySetting("jakarta.persistence.database-major-version", target.major())
            .applySetting("jakarta.persistence.database-minor-version", target.minor())
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
            .applySetting("jakarta.persistence.schema-generation.database.action", "none")
            .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
            .applySetting(
                "jakarta.persistence.schema-generation.scripts.create-target", script.toString())
            .applySetting("hibernate.hbm2ddl.delimiter", ";")
            .applySetting("hibernate.format_sql", "false")
            .applySetting("hibernate.hbm2ddl.halt_on_error", "true");
    if (!beanValidation) {
      settings.applySetting("jakarta.persistence.validation.mode", "none");
    }
    if (quoteAll) {
      settings.applySetting("hibernate.globally_quoted_identifiers", "true");
    }
    if (naming == NamingStrategy.SPRING) {
      settings.applySetting(
          "hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class);
    }
    if (naming != NamingStrategy.JPA) {
      // Spring Boot sets its implicit strategy whatever physical strategy the application names
      settings.applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class);
    }
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      annotated.forEach(sources::addAnnotatedClass);
      packages.forEach(sources::addPackage);
      Metadata metadata = sources.buildMetadata();
      // the session factory, not the metadata alone, runs the Bean Validation integrator that
      // turns @NotNull and @Size into DDL before it writes the script
      try (SessionFactory factory = metadata.buildSessionFactory()) {
        factory.getMetamodel();
      }
      return statements(Files.readString(script));
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static List<String> statements(String script) {
    return Arrays.stream(script.split(";\\s*\\n"))
        .map(String::trim)
        .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
