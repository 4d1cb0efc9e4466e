package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Compatibility;
import dev.autogen.diff.ColumnDefaultChanged;
import dev.autogen.introspect.Introspection;
import dev.autogen.testing.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 13 through the whole pipeline, as {@code autogen diff} runs it: the columns the code never
 * inserts reach the classifier. The pipeline respells the desired schema for the server's name
 * folding first, and that step once rebuilt the entity model without them, so the rule never fired
 * outside the classifier's own tests.
 */
class UnwrittenColumnPipelineTest {

  private static final String CURRENT =
      """
      server "15"
      time zone "Etc/UTC"
      table users
        column id bigint not null
        column created_at timestamptz (6) not null default "CURRENT_TIMESTAMP"
        primary key named users_pkey (id)
      """;

  @Test
  void droppingTheDefaultOfAColumnTheEntityNeverInsertsIsBreaking(@TempDir Path dir)
      throws IOException {
    Path entities = dir.resolve("entities");
    Files.createDirectories(entities.resolve("app"));
    Files.writeString(
        entities.resolve("app/User.java"),
        """
        package app;

        import jakarta.persistence.Column;
        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;
        import java.time.OffsetDateTime;

        @Entity
        @Table(name = "users")
        public class User {
          @Id private Long id;

          @Column(name = "created_at", nullable = false, insertable = false)
          private OffsetDateTime createdAt;
        }
        """);
    Introspection current = SchemaSnapshot.parse(CURRENT);

    PipelineResult r = Pipeline.analyse(settings(entities), current);

    assertThat(r.entities().unwritten()).as("the model the classifier is given").isNotEmpty();
    Assessment dropped =
        r.assessments().stream()
            .filter(a -> a.change() instanceof ColumnDefaultChanged)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no default change in " + r.assessments()));
    assertThat(dropped.backward().compatibility()).isEqualTo(Compatibility.BREAKING);
    assertThat(dropped.backward().reason())
        .contains("never writes users.created_at (insertable = false)");
  }

  private static Settings settings(Path entities) {
    CommonOptions o = new CommonOptions();
    new CommandLine(o)
        .parseArgs(
            "--url", "jdbc:postgresql://127.0.0.1:5432/test", "--entities", entities.toString());
    return new SettingsResolver(k -> null).resolve(o);
  }
}
