package dev.autogen.entities;

import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Identifier;
import dev.autogen.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring's snake-case strategy and quoted names on both Hibernate lines. The expected names are
 * what the strategy classes themselves return: hibernate-core 6.6.4's {@code
 * CamelCaseToUnderscoresNamingStrategy} turns {@code "AuditLog"} into {@code audit_log} and {@code
 * "lastSeenLog_id"} into {@code last_seen_log_id}, still quoted; 7.4.13's returns both as written
 * (docs/mappings.md).
 */
class HibernateSixNamingTest {

  @TempDir Path root;

  private EntityModel read(int hibernateMajor, boolean quoteAll) throws EntityReadException {
    new Sources(root)
        .add(
            "s/AuditLog.java",
            """
            package s;

            import jakarta.persistence.*;

            @Entity @Table(name = "\\"AuditLog\\"")
            public class AuditLog {
              @Id private Long id;
              @Column(name = "`eventKind`") private String eventKind;
              private String loggedBy;
            }
            """)
        .add(
            "s/Watcher.java",
            """
            package s;

            import jakarta.persistence.*;

            @Entity public class Watcher {
              @Id private Long id;
              @ManyToOne private AuditLog lastSeenLog;
            }
            """);
    return new EntityReader(
            PostgresDialect.create(), NamingStrategy.SPRING, BeanValidationMode.AUTO, quoteAll)
        .withHibernateMajor(hibernateMajor)
        .read(List.of(root));
  }

  private static List<String> columns(Table t) {
    return t.columns().stream().map(c -> c.name().value()).toList();
  }

  @Test
  void hibernateSixConvertsAQuotedNamesTextAndKeepsItQuoted() throws Exception {
    EntityModel six = read(6, false);
    assertThat(columns(table(six, "audit_log"))).containsExactly("id", "event_kind", "logged_by");
    assertThat(columns(table(six, "watcher"))).containsExactly("id", "last_seen_log_id");
    assertThat(six.desired().table(Identifier.of("AuditLog"))).isEmpty();
  }

  @Test
  void hibernateSevenLeavesAQuotedNameAsWritten() throws Exception {
    EntityModel seven = read(7, false);
    assertThat(columns(table(seven, "AuditLog"))).containsExactly("id", "eventKind", "logged_by");
    assertThat(columns(table(seven, "watcher"))).containsExactly("id", "lastSeenLog_id");
  }

  @Test
  void withGlobalQuotingHibernateSixConvertsEveryName() throws Exception {
    EntityModel six = read(6, true);
    assertThat(columns(table(six, "audit_log"))).containsExactly("id", "event_kind", "logged_by");
    assertThat(columns(table(six, "watcher"))).containsExactly("id", "last_seen_log_id");
    EntityModel seven = read(7, true);
    assertThat(columns(table(seven, "AuditLog"))).containsExactly("id", "eventKind", "loggedBy");
  }
}
