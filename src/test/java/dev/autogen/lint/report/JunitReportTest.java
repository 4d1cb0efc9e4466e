package dev.autogen.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.Finding;
import dev.autogen.lint.rules.DropColumn;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The JUnit XML report. */
class JunitReportTest {

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
}
