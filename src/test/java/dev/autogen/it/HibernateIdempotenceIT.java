package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.entities.NamingStrategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * No phantom diffs through the whole CLI: once Hibernate's own schema for a fixture set is applied,
 * {@code autogen diff --exit-code} over the same sources must find nothing (exit 0). Unlike {@link
 * HibernateDifferentialIT}, this goes through option and config resolution, the entity reader as
 * the CLI builds it, introspection and the differ together.
 */
class HibernateIdempotenceIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ecommerce",
        "inheritance_single_table",
        "inheritance_joined",
        "spring_naming",
        "spring_standard_naming",
        "bean_validation_off",
        "quoted_identifiers"
      })
  void diffFindsNothingAfterHibernatesSchema(String name) throws Exception {
    Path set = Path.of("fixtures", "hibernate", name);
    String naming =
        Files.exists(set.resolve("naming"))
            ? Files.readString(set.resolve("naming")).strip().replace('_', '-')
            : "jpa";
    boolean validation = !Files.exists(set.resolve("bean-validation"));
    boolean quoteAll = Files.exists(set.resolve("globally-quoted-identifiers"));
    Path work = Files.createTempDirectory("autogen-idempotence");
    String schema = LocalPostgres.newSchemaName("idem_" + name.replaceAll("[^a-z0-9]", ""));
    try (Connection c = LocalPostgres.connect()) {
      List<String> ddl =
          HibernateSchema.ddl(
              set,
              NamingStrategy.valueOf(naming.replace('-', '_').toUpperCase(Locale.ROOT)),
              validation,
              quoteAll,
              work,
              HibernateTarget.POSTGRES);
      LocalPostgres.execute(c, "CREATE SCHEMA " + schema);
      try {
        LocalPostgres.execute(c, "SET search_path TO " + schema);
        for (String statement : ddl) {
          LocalPostgres.execute(c, statement);
        }
        List<String> args =
            new ArrayList<>(
                List.of(
                    "diff",
                    "--exit-code",
                    "--url",
                    LocalPostgres.URL,
                    "--user",
                    LocalPostgres.USER,
                    "--password",
                    LocalPostgres.PASSWORD,
                    "--schema",
                    schema,
                    "--entities",
                    set.toString(),
                    "--migrations",
                    work.resolve("db/migration").toString(),
                    "--naming",
                    naming,
                    "--bean-validation",
                    validation ? "auto" : "off",
                    "--globally-quoted-identifiers=" + quoteAll));
        CommandLine cli = dev.autogen.cli.Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        assertThat(code).as("autogen diff on %s:%n%s%n%s", name, out, err).isZero();
      } finally {
        LocalPostgres.execute(c, "DROP SCHEMA " + schema + " CASCADE");
      }
    } finally {
      HibernateSchema.deleteTree(work);
    }
  }
}
