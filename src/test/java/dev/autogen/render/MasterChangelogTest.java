package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The include autogen adds to a master changelog, in each form, read back by the real Liquibase
 * parser: the master keeps its own entries and gains the new changelog's changesets, last.
 */
class MasterChangelogTest {

  @TempDir Path dir;

  private final MasterChangelog master = new MasterChangelog(TemplateSource.bundled());

  @Test
  void xmlMasterGainsAnIncludeBeforeItsClosingTag() throws Exception {
    String text =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
          <include file="changes/old.sql" relativeToChangelogFile="true"/>
        </databaseChangeLog>
        """;
    String result = master.withInclude("master.xml", text, "changes/new.sql");
    assertThat(result)
        .contains(
            "  <include file=\"changes/old.sql\" relativeToChangelogFile=\"true\"/>\n"
                + "  <include file=\"changes/new.sql\" relativeToChangelogFile=\"true\"/>\n"
                + "</databaseChangeLog>\n");
    assertThat(ids("master.xml", result)).containsExactly("old-1", "new-1");
  }

  @Test
  void yamlMasterGainsAnEntryIndentedLikeItsOthers() throws Exception {
    String text =
        "databaseChangeLog:\n- include:\n    file: changes/old.sql\n    relativeToChangelogFile: true\n";
    String result = master.withInclude("db.changelog-master.yaml", text, "changes/new.sql");
    assertThat(result)
        .endsWith("- include:\n    file: changes/new.sql\n    relativeToChangelogFile: true\n");
    assertThat(ids("db.changelog-master.yaml", result)).containsExactly("old-1", "new-1");
  }

  @Test
  void anEmptyYamlListBecomesOneWithTheInclude() throws Exception {
    String result = master.withInclude("master.yml", "databaseChangeLog: []\n", "changes/new.sql");
    assertThat(ids("master.yml", result)).containsExactly("new-1");
  }

  @Test
  void aFormattedSqlMasterIsRefusedSinceLiquibaseCannotIncludeFromIt() throws Exception {
    // the proof that it cannot: Liquibase reads an include line as SQL of the changeset above
    String text =
        "--liquibase formatted sql\n\n--changeset team:own\nSELECT 1;\n"
            + "--include file:changes/new.sql relativeToChangelogFile:true\n";
    assertThat(ids("master.sql", text)).containsExactly("own");
    assertThatThrownBy(() -> master.withInclude("master.sql", text, "changes/new.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use an XML or YAML master");
  }

  @Test
  void aMasterWithoutItsRootIsRefused() {
    assertThatThrownBy(() -> master.withInclude("m.xml", "<x/>", "a.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("</databaseChangeLog>");
    assertThatThrownBy(() -> master.withInclude("m.json", "{}", "a.sql"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XML or YAML");
  }

  /** Writes the master and two included changelogs, parses with Liquibase, lists changeset ids. */
  private List<String> ids(String masterName, String masterText) throws Exception {
    Files.createDirectories(dir.resolve("changes"));
    Files.writeString(
        dir.resolve("changes/old.sql"),
        "--liquibase formatted sql\n\n--changeset a:old-1\nSELECT 1;\n");
    Files.writeString(
        dir.resolve("changes/new.sql"),
        "--liquibase formatted sql\n\n--changeset a:new-1\nSELECT 2;\n");
    Files.writeString(dir.resolve(masterName), masterText);
    try (ResourceAccessor accessor = new DirectoryResourceAccessor(dir)) {
      DatabaseChangeLog log =
          ChangeLogParserFactory.getInstance()
              .getParser(masterName, accessor)
              .parse(masterName, new ChangeLogParameters(), accessor);
      return log.getChangeSets().stream().map(ChangeSet::getId).toList();
    }
  }
}
