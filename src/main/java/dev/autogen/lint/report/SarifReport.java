package dev.autogen.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as SARIF 2.1.0, the format GitHub code scanning uploads: one run of the tool {@code
 * autogen} with the rules that fired, one result per finding; allowed findings carry an in-source
 * suppression with their reason.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static void write(PrintWriter out, LintReport report, String toolVersion) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "autogen");
    driver.put("version", toolVersion);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (Finding f : report.findings()) {
      Rule r = f.rule();
      if (ruleIndex.containsKey(r.code())) {
        continue;
      }
      ruleIndex.put(r.code(), ruleIndex.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", r.code());
      rule.putObject("shortDescription").put("text", r.title());
      rule.putObject("help").put("text", r.alternative());
      rule.putObject("defaultConfiguration").put("level", level(r.severity()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.rule().code());
      result.put("ruleIndex", ruleIndex.get(f.rule().code()));
      result.put("level", level(f.rule().severity()));
      result
          .putObject("message")
          .put("text", f.message() + ". Safe alternative: " + f.rule().alternative());
      ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
      location.putObject("artifactLocation").put("uri", f.file().replace('\\', '/'));
      location.putObject("region").put("startLine", f.line());
      f.allowedBecause()
          .ifPresent(
              reason -> {
                ObjectNode s = result.putArray("suppressions").addObject();
                s.put("kind", "inSource");
                s.put("justification", reason);
              });
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write SARIF", e);
    }
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }
}
