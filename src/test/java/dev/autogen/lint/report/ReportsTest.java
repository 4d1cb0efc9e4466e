package dev.autogen.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Severity;
import dev.autogen.lint.rules.IndexNotConcurrent;
import dev.autogen.lint.rules.LockTimeoutMissing;
import dev.autogen.lint.rules.VolatileDefault;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The report writers: text blocks, JSON, SARIF valid against the 2.1.0 schema, GitHub commands. */
class ReportsTest {

  private static final Finding INDEX =
      new Finding(
          "db/V2__index.sql",
          4,
          IndexNotConcurrent.RULE,
          "CREATE INDEX on existing table orders without CONCURRENTLY blocks its writes",
          Optional.of("orders"),
          Optional.empty());
  private static final Finding ALLOWED =
      new Finding(
          "db/V3__token.sql",
          7,
          VolatileDefault.RULE,
          "the default gen_random_uuid() of orders.token is computed for every row",
          Optional.of("orders.token"),
          Optional.of("orders has 20 rows, measured"));
  private static final Finding WARNING =
      new Finding(
          "db/V3__token.sql",
          1,
          LockTimeoutMissing.rule(dev.autogen.dialect.ScriptConventions.POSTGRES),
          "no SET lock_timeout before this statement locks orders, really: 100%",
          Optional.of("orders"),
          Optional.empty());
  private static final LintReport REPORT =
      new LintReport(
          List.of("db/V2__index.sql", "db/V3__token.sql"), List.of(ALLOWED, INDEX, WARNING));

  private static String render(Consumer<PrintWriter> writer) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      writer.accept(out);
    }
    return s.toString();
  }

  @Test
  void textHasOneBlockPerFindingAndASummary() {
    String text = render(out -> TextReport.write(out, REPORT));
    assertThat(text)
        .startsWith(
            "db/V2__index.sql:4: error [index-not-concurrent]\n"
                + "  CREATE INDEX on existing table orders without CONCURRENTLY blocks its writes\n"
                + "  safe alternative: CREATE INDEX CONCURRENTLY")
        .contains(
            "db/V3__token.sql:7: error [volatile-default] (allowed)\n",
            "  allowed because: orders has 20 rows, measured\n")
        .endsWith("1 error(s), 1 warning(s), 1 allowed, in 2 file(s)\n");
  }

  @Test
  void cleanTextIsOneLine() {
    assertThat(render(out -> TextReport.write(out, new LintReport(List.of("a.sql"), List.of()))))
        .isEqualTo("no breaking changes\n");
  }

  @Test
  void failOnThresholdIgnoresAllowedFindings() {
    assertThat(REPORT.fails(Severity.ERROR)).isTrue();
    LintReport onlyAllowedAndWarning = new LintReport(List.of(), List.of(ALLOWED, WARNING));
    assertThat(onlyAllowedAndWarning.fails(Severity.ERROR)).isFalse();
    assertThat(onlyAllowedAndWarning.fails(Severity.WARNING)).isTrue();
  }

  @Test
  void githubAnnotationsEscapeAndLevel() {
    List<String> lines = render(out -> GithubReport.write(out, REPORT)).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith(
            "::error file=db/V2__index.sql,line=4,title=autogen index-not-concurrent::CREATE INDEX");
    assertThat(lines.get(1))
        .startsWith("::warning file=db/V3__token.sql,line=1,")
        .contains("really: 100%25");
    assertThat(lines.get(2))
        .startsWith("::notice file=db/V3__token.sql,line=7,")
        .contains("Allowed because: orders has 20 rows, measured");
  }

  @Test
  void jsonListsFindingsWithCodesAndReasons() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render(out -> JsonReport.write(out, REPORT)));
    assertThat(json.get("findings")).hasSize(3);
    assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("index-not-concurrent");
    assertThat(json.get("findings").get(2).get("reason").asText())
        .isEqualTo("orders has 20 rows, measured");
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws Exception {
    String sarif = render(out -> SarifReport.write(out, REPORT, "1.2.3"));
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode doc = new ObjectMapper().readTree(sarif);
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).isEmpty();
    JsonNode results = doc.get("runs").get(0).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(2).get("suppressions").get(0).get("justification").asText())
        .isEqualTo("orders has 20 rows, measured");
    assertThat(doc.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(3);
  }

  @Test
  void schemaRejectsABrokenSarifDocument() throws Exception {
    // proves the validation above can fail: a result whose level is not a SARIF level
    String sarif =
        render(out -> SarifReport.write(out, REPORT, "1.2.3")).replace("\"warning\"", "\"loud\"");
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertThat(schema.validate(new ObjectMapper().readTree(sarif))).isNotEmpty();
  }
}
