package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.devdb.MigrationSums;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The pieces of the pull-request checks that need no repository and no database. */
class PullRequestPiecesTest {

  @TempDir Path dir;

  @Test
  void junitReportIsWellFormedWithAFailurePerFindingAndSkippedForAllowed() throws Exception {
    Finding failing =
        new Finding(
            "db/V2__a.sql",
            3,
            DropColumn.RULE,
            "dropping t.c <now> & \"later\"",
            Optional.of("t.c"),
            Optional.empty());
    Finding allowed = failing.allowed("tiny table");
    StringWriter s = new StringWriter();
    JunitReport.write(
        new PrintWriter(s, true),
        new LintReport(List.of("db/V2__a.sql", "db/V3__b.sql"), List.of(failing, allowed)));
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(s.toString())));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent())
        .contains("dropping t.c <now> & \"later\"");
    assertThat(
            xml.getElementsByTagName("skipped")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .isEqualTo("drop-column allowed: tiny table");
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void sumsRecordNewFilesOnceAndEditsShowAsFindings() throws Exception {
    Path v1 = Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE t (id int);\n");
    MigrationSums.record(dir);
    assertThat(FolderHealth.editedSinceRecorded(dir, p -> p.getFileName().toString())).isEmpty();
    Files.writeString(v1, "CREATE TABLE t (id bigint);\n");
    Files.writeString(dir.resolve("V2__b.sql"), "SELECT 1;\n");
    // recording again adds V2 but keeps V1's original sum, so the edit stays visible
    MigrationSums.record(dir);
    assertThat(MigrationSums.read(dir)).containsOnlyKeys("V1__a.sql", "V2__b.sql");
    assertThat(FolderHealth.editedSinceRecorded(dir, p -> p.getFileName().toString()))
        .extracting(f -> f.file() + " " + f.rule().code())
        .containsExactly("V1__a.sql migration-edited");
  }

  @Test
  void unrecordedFilesAreTheDefaultTargets() throws Exception {
    Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE t (id int);\n");
    MigrationSums.record(dir);
    Path v2 = Files.writeString(dir.resolve("V2__b.sql"), "ALTER TABLE t ADD COLUMN x int;\n");
    LintTargets targets = LintTargets.unrecorded(dir, MigrationSums.read(dir).keySet());
    assertThat(targets.targets()).containsExactly(LintTargets.normal(v2));
    assertThat(targets.earlier())
        .extracting(m -> m.path().getFileName().toString())
        .containsExactly("V1__a.sql");
    MigrationSums.record(dir);
    assertThat(LintTargets.unrecorded(dir, MigrationSums.read(dir).keySet()).targets()).isEmpty();
  }

  @Test
  void duplicateVersionsFollowFlywayEquality() throws Exception {
    Files.writeString(dir.resolve("V1_1__a.sql"), "");
    Files.writeString(dir.resolve("V1.1.0__b.sql"), "");
    Files.writeString(dir.resolve("V1_10__c.sql"), "");
    assertThat(FolderHealth.duplicates(List.of(dir), p -> p.getFileName().toString()))
        .extracting(Finding::file)
        .containsExactly("V1_1__a.sql");
  }

  @Test
  void javaStringsSkipCommentsAndReadTextBlocks() {
    String src =
        "class A {\n"
            + "  // \"not this\"\n"
            + "  /* \"nor this\" */\n"
            + "  char q = '\"';\n"
            + "  String s = \"select \\\"x\\\" from t\";\n"
            + "  String b = \"\"\"\n"
            + "      SELECT legacy_code\n"
            + "      FROM users\"\"\";\n"
            + "}\n";
    assertThat(JavaStrings.of(src))
        .extracting(l -> l.line() + ":" + l.text().strip())
        .containsExactly("5:select \\\"x\\\" from t", "6:SELECT legacy_code\n      FROM users");
  }

  @Test
  void contractGateFindsJpqlByFieldNameAndIgnoresOtherTables() {
    List<SourceLocator.Source> sources =
        List.of(
            new SourceLocator.Source(
                "Q.java",
                "class Q {\n  String a = \"select o from Order o where o.note = 1\";\n"
                    + "  String b = \"select u.legacyCode from User u\";\n}\n"));
    MigrationState state = new MigrationState(LintCorpus.DIALECT);
    LintStatement drop =
        new StatementReader(LintCorpus.DIALECT)
            .read(
                new dev.autogen.sql.StatementSplitter(LintCorpus.DIALECT)
                    .statement("ALTER TABLE users DROP COLUMN legacy_code", 4));
    state.startFile("V9__drop.sql", true, true, true, List.of(drop));
    state.apply(drop);
    StatementPass pass = new StatementPass(List.of(), state, List.of("V9__drop.sql"));
    assertThat(ContractGate.findings(pass, Optional.empty(), sources))
        .extracting(Finding::message)
        .containsExactly("dropping users.legacy_code while the query at Q.java:3 still uses it");
    assertThat(ContractGate.camel("legacy_code")).isEqualTo("legacyCode");
  }

  @Test
  void triggerAssignmentsAreRead() {
    assertThat(
            SurfaceReader.assigned(
                "BEGIN IF NEW.a IS NULL THEN NEW.a := NEW.b; END IF; NEW.c:=1; RETURN NEW; END",
                LintCorpus.DIALECT))
        .containsExactlyInAnyOrder("a", "c");
    assertThat(
            SurfaceReader.assigned(
                "BEGIN IF NEW.a = 1 THEN SET NEW.b = NEW.c, NEW.d = 2; END IF; END",
                dev.autogen.dialect.Dialects.forName("mariadb")))
        .containsExactlyInAnyOrder("b", "d");
  }

  @Test
  void sourceLocatorFindsTheEntityAndTheField() {
    SourceLocator locator =
        new SourceLocator(
            List.of(
                new SourceLocator.Source(
                    "User.java",
                    "@Entity\n@Table(name = \"users\")\npublic class User {\n  @Id\n  private Long id;\n\n"
                        + "  @Column(length = 50)\n  private String legacyCode;\n}\n")));
    assertThat(locator.find("users", Optional.of("legacy_code")))
        .contains(new SourceLocator.Place("User.java", 8));
    assertThat(locator.find("users", Optional.empty()))
        .contains(new SourceLocator.Place("User.java", 3));
    assertThat(locator.find("orders", Optional.empty())).isEmpty();
  }
}
